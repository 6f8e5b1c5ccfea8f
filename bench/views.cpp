// How long the GUI's Outbox and Sent views take to have their rows for a large outbox, from the moment they
// are opened: the store and its listing (the index, OutboxIndex.h), and the model the main window's Outbox
// page shows (OutboxModel over the outbox; over the Sent folder, as SentModel lists it), with the first
// screenful of rows read as the view paints them (40 rows, every role). No widgets: this links postino-core
// only, so it measures what the views wait for, not the painting.
//   postino-bench-views DATA_DIR
// Prints "outbox-view ROWS MS" and "sent-view ROWS MS".
#include "outbox/OutboxModel.h"
#include "outbox/OutboxStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Postino;

namespace {

qint64 open(const QString& dataDir, OutboxModel::Folder folder, int* rows)
{
    QElapsedTimer timer;
    timer.start();
    OutboxStore store(dataDir);
    OutboxModel model(&store, folder);
    *rows = model.rowCount();
    const QHash<int, QByteArray> roles = model.roleNames();
    int touched = 0;
    for (int row = 0; row < std::min(40, *rows); ++row) {
        for (auto role = roles.cbegin(); role != roles.cend(); ++role)
            touched += model.data(model.index(row), role.key()).isValid() ? 1 : 0;
    }
    const qint64 ms = timer.elapsed();
    return touched >= 0 ? ms : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: postino-bench-views DATA_DIR\n");
        return 64;
    }
    int rows = 0;
    qint64 ms = open(args.at(1), OutboxModel::Folder::Outbox, &rows);
    std::printf("outbox-view %d %lld\n", rows, static_cast<long long>(ms));
    ms = open(args.at(1), OutboxModel::Folder::Sent, &rows);
    std::printf("sent-view %d %lld\n", rows, static_cast<long long>(ms));
    return 0;
}
