// Build-time tool: renders the SVG app icon into a PNG of the given size.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // QPainter on a QImage needs the font/paint engine set up
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: render-icon ICON.svg SIZE OUT.png\n");
        return 64;
    }
    QSvgRenderer renderer(args.at(1));
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!renderer.isValid() || !ok || size <= 0 || size > 1024) {
        std::fprintf(stderr, "render-icon: cannot render %s at %s\n", qPrintable(args.at(1)), qPrintable(args.at(2)));
        return 65;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image.save(args.at(3), "PNG") ? 0 : 74;
}
