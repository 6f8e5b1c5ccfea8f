// Fills an outbox with N messages of SIZE bytes for the benchmark, through the real OutboxStore, as
// durably as a campaign writes its messages (OutboxStore::addBatch(), 500 to a commit): much faster than
// N processes of `send --queue` would, and the outbox is the same.
//   postino-bench-enqueue DATA_DIR COUNT SIZE HOST PORT [CONNECTIONS [CHUNKING]]
// CONNECTIONS: max_connections for these messages' server, in DATA_DIR/postino.ini (default 2).
// CHUNKING: "off" writes chunking = false for that server (DATA even where CHUNKING is offered).
#include "common/Settings.h"
#include "mime/MessageBuilder.h"
#include "outbox/OutboxStore.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

#include <cstdio>
#include <utility>

using namespace Postino;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 6 || args.size() > 8) {
        std::fprintf(stderr, "usage: postino-bench-enqueue DATA_DIR COUNT SIZE HOST PORT [CONNECTIONS [CHUNKING]]\n");
        return 64;
    }
    const int count = args.at(2).toInt();
    const int size = args.at(3).toInt();
    OutboxStore store(args.at(1));
    const QString body =
        QString(size, QLatin1Char('x')).replace(QRegularExpression(QStringLiteral("(.{72})")), QStringLiteral("\\1\n"));
    QList<OutboxItem> batch;
    QList<MessageWriter> writes;
    for (int i = 0; i < count; ++i) {
        MessageBuilder builder;
        builder.setFrom(Address::parse(QStringLiteral("bench@example.test")).value());
        builder.setTo({Address::parse(QStringLiteral("sink@example.test")).value()});
        builder.setSubject(QStringLiteral("bench %1").arg(i));
        builder.setTextBody(body);
        Result<QByteArray> bytes = builder.toByteArray();
        if (!bytes.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(bytes.error().message()));
            return 70;
        }
        OutboxItem item;
        item.server.host = args.at(4);
        item.server.port = static_cast<quint16>(args.at(5).toUInt());
        item.server.security = Security::None;
        item.sender = QStringLiteral("bench@example.test");
        item.recipients.append(
            OutboxRecipient {QStringLiteral("sink@example.test"), OutboxRecipient::State::Pending, {}});
        batch.append(item);
        writes.append([message = bytes.value()](QIODevice* device) -> Status {
            device->write(message);
            return {};
        });
        if (batch.size() == 500 || i == count - 1) {
            Result<QList<OutboxItem>> added = store.addBatch(std::exchange(batch, {}), std::exchange(writes, {}));
            if (!added.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(added.error().message()));
                return 74;
            }
        }
    }
    if (args.size() >= 7) {
        OutboxItem probe;
        probe.server.host = args.at(4);
        probe.server.port = static_cast<quint16>(args.at(5).toUInt());
        Settings settings(Settings::defaultFileName(args.at(1)));
        settings.setValue(Settings::Key::AccountMaxConnections, args.at(6).toInt(), probe.accountKey());
        if (args.size() == 8 && args.at(7) == QLatin1String("off"))
            settings.setValue(Settings::Key::AccountChunking, QStringLiteral("false"), probe.accountKey());
    }
    return 0;
}
