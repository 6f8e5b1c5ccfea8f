#include "MainWindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Postino {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Postino"));
    auto* welcome = new QLabel(tr("Welcome to Postino."), this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    resize(900, 600);
}

MainWindow::~MainWindow() = default;

} // namespace Postino
