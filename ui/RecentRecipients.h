#pragma once

#include <QStringListModel>

namespace Postino {

class SentModel;

// The addresses the person has sent to, most recent first and each once (ignoring case), for the composer's
// To, Cc and Bcc completion: read from the Sent folder's model and kept current as messages are sent.
class RecentRecipients : public QStringListModel
{
    Q_OBJECT
public:
    static constexpr int MaxAddresses = 1000;

    explicit RecentRecipients(SentModel* sent, QObject* parent = nullptr);

private:
    void rebuild();

    SentModel* m_sent;
};

} // namespace Postino
