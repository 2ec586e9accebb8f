#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <functional>

namespace vk::bench {

struct Figure;

/// The performance budget of DESIGN.md (and issue 8's statistics budget) as rules over figure names: which
/// figures are held to a budget, the budget in words, and whether a measured figure meets it.
class BudgetTable {
public:
    BudgetTable();

    /// Sets `budget` and `met` of a figure that a rule covers; leaves other figures alone.
    void apply(Figure& figure) const;

private:
    struct Rule {
        QRegularExpression name; ///< "part/name", anchored
        QString text;
        std::function<bool(const Figure&)> meets;
        int minContacts = 0; ///< the budget is stated for this size; smaller runs show it without a verdict
    };
    QList<Rule> m_rules;
};

} // namespace vk::bench
