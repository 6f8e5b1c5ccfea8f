#include "FakeSpfLookups.h"

#include <QMetaObject>
#include <QPointer>

namespace Postino::Test {

namespace {

template<typename T>
void later(QObject* context, std::function<void(const SpfAnswer<T>&)> done, SpfAnswer<T> answer)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), answer = std::move(answer)] {
            if (guard)
                done(answer);
        },
        Qt::QueuedConnection);
}

template<typename T>
SpfAnswer<T> answerFor(const QSet<QString>& failing, const QString& query, const QList<T>& records)
{
    if (failing.contains(query))
        return SpfAnswer<T>::failed(QStringLiteral("SERVFAIL (test)"));
    return SpfAnswer<T>::found(records);
}

} // namespace

void FakeSpfLookups::load(const QString& zone)
{
    for (const QString& raw : zone.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')))
            continue;
        const QString name = line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        const QString type = line.section(QLatin1Char(' '), 1, 1, QString::SectionSkipEmpty).toUpper();
        const QString data = line.section(QLatin1Char(' '), 2, -1, QString::SectionSkipEmpty);
        if (type == QLatin1String("A"))
            a[name].append(QHostAddress(data));
        else if (type == QLatin1String("AAAA"))
            aaaa[name].append(QHostAddress(data));
        else if (type == QLatin1String("MX"))
            mxHosts[name].append(data);
        else if (type == QLatin1String("PTR"))
            ptrNames[QHostAddress(name).toString()].append(data);
        else if (type == QLatin1String("TXT"))
            addTxt(name, data);
    }
}

int FakeSpfLookups::askedCount(const QString& type) const
{
    int n = 0;
    for (const QString& query : asked) {
        if (query.startsWith(type + QLatin1Char(' ')))
            ++n;
    }
    return n;
}

void FakeSpfLookups::txt(const QString& name, QObject* context, std::function<void(const SpfAnswer<QStringList>&)> done)
{
    const QString query = QStringLiteral("TXT ") + name;
    asked.append(query);
    later<QStringList>(context, std::move(done), answerFor(failing, query, txtRecords.value(name)));
}

void FakeSpfLookups::addresses(const QString& name, bool ipv6, QObject* context,
                               std::function<void(const SpfAnswer<QHostAddress>&)> done)
{
    const QString query = (ipv6 ? QStringLiteral("AAAA ") : QStringLiteral("A ")) + name;
    asked.append(query);
    later<QHostAddress>(context, std::move(done), answerFor(failing, query, (ipv6 ? aaaa : a).value(name)));
}

void FakeSpfLookups::mx(const QString& name, QObject* context, std::function<void(const SpfAnswer<QString>&)> done)
{
    const QString query = QStringLiteral("MX ") + name;
    asked.append(query);
    later<QString>(context, std::move(done), answerFor(failing, query, QList<QString>(mxHosts.value(name))));
}

void FakeSpfLookups::ptr(const QHostAddress& address, QObject* context,
                         std::function<void(const SpfAnswer<QString>&)> done)
{
    const QString query = QStringLiteral("PTR ") + address.toString();
    asked.append(query);
    later<QString>(context, std::move(done),
                   answerFor(failing, query, QList<QString>(ptrNames.value(address.toString()))));
}

} // namespace Postino::Test
