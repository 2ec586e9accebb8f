#include "DeskPresence.h"

#include "region/PgConnection.h"

namespace vk {

Status DeskPresence::refreshIfDue(PgConnection& connection) {
    if (m_marked.isValid() && m_marked.elapsed() < RefreshMs) {
        return Done{};
    }
    Result<PgResult> marked = connection.exec(QStringLiteral("SELECT region.desk_on_duty()"));
    if (!marked) {
        return marked.error();
    }
    m_marked.start();
    return Done{};
}

void DeskPresence::signOff(PgConnection& connection) {
    m_marked.invalidate();
    if (connection.isOpen()) {
        (void)connection.exec(QStringLiteral("SELECT region.desk_off_duty()"));
    }
}

} // namespace vk
