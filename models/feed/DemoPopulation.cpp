#include "DemoPopulation.h"

#include "domain/CsvReader.h"
#include "feed/TestPersonnummer.h"

#include <QSet>

#include <array>

namespace vk {

namespace {

constexpr std::array kFemale{"Anna",  "Eva",    "Maria",  "Karin",  "Sara",    "Lena",     "Kerstin",
                             "Emma",  "Ingrid", "Marie",  "Malin",  "Jenny",   "Birgitta", "Inger",
                             "Ulla",  "Linnéa", "Elsa",   "Astrid", "Maja",    "Alice",    "Ella",
                             "Wilma", "Ebba",   "Agnes",  "Sofia",  "Johanna", "Annika",   "Margareta",
                             "Elin",  "Ida",    "Fatima", "Leila"};
constexpr std::array kMale{"Lars",   "Mikael", "Anders",  "Johan",   "Erik",  "Per",   "Karl",  "Peter",
                           "Thomas", "Jan",    "Daniel",  "Fredrik", "Hans",  "Bengt", "Mats",  "Stefan",
                           "Magnus", "Oskar",  "William", "Lucas",   "Liam",  "Hugo",  "Elias", "Noah",
                           "Nils",   "Olle",   "Axel",    "Gustav",  "Björn", "Sven",  "Ahmed", "Omar"};
constexpr std::array kLast{
    "Andersson", "Johansson", "Karlsson",   "Nilsson",    "Eriksson",    "Larsson",    "Olsson",
    "Persson",   "Svensson",  "Gustafsson", "Pettersson", "Jonsson",     "Jansson",    "Hansson",
    "Bengtsson", "Jönsson",   "Lindberg",   "Jakobsson",  "Magnusson",   "Olofsson",   "Lindström",
    "Lindqvist", "Lindgren",  "Berg",       "Axelsson",   "Bergström",   "Lundberg",   "Lind",
    "Lundgren",  "Lundqvist", "Mattsson",   "Berglund",   "Fredriksson", "Sandberg",   "Henriksson",
    "Forsberg",  "Sjöberg",   "Wallin",     "Engström",   "Eklund",      "Danielsson", "Lundin",
    "Håkansson", "Björk",     "Bergman",    "Gunnarsson", "Holm",        "Wikström",   "Samuelsson",
    "Isaksson",  "Fransson",  "Bergqvist",  "Nyström",    "Holmberg",    "Arvidsson",  "Löfgren",
    "Söderberg", "Nyberg",    "Blomqvist",  "Claesson",   "Nordström",   "Mohammed",   "Ali",
    "Hussein",   "Yilmaz",    "Nguyen",     "Kovač",      "Virtanen"};

template <std::size_t N>
QString pick(QRandomGenerator& rng, const std::array<const char*, N>& names) {
    return QString::fromUtf8(names[rng.bounded(quint32(N))]);
}

} // namespace

QString DemoPopulation::firstName(QRandomGenerator& rng, bool female) {
    return female ? pick(rng, kFemale) : pick(rng, kMale);
}

QString DemoPopulation::lastName(QRandomGenerator& rng) {
    return pick(rng, kLast);
}

QString DemoPopulation::fictionalPhone(QRandomGenerator& rng) {
    const int last = 5 + int(rng.bounded(95)); // 05..99
    return QStringLiteral("070-174 06 %1").arg(last, 2, 10, QLatin1Char('0'));
}

QString DemoPopulation::toCsv(const QList<DemoPatient>& patients) {
    QString out = QStringLiteral("id_type,id_value,name,phone\n");
    for (const DemoPatient& p : patients) {
        out += p.id.typeName() + u',' + p.id.value() + u',' + CsvReader::quote(p.name) + u',' +
               CsvReader::quote(p.phone) + u'\n';
    }
    return out;
}

QList<DemoPatient> DemoPopulation::generate(int count, quint64 seed, const QDate& today) {
    QRandomGenerator rng(quint32(seed ^ (seed >> 32)));
    QList<DemoPatient> out;
    QSet<QString> seen;
    out.reserve(count);
    // Bounded: the scheme has 20 numbers a day over a century, far more than any demo needs.
    for (int attempts = 0; out.size() < count && attempts < count * 20; ++attempts) {
        DemoPatient p;
        p.female = rng.bounded(2) == 0;
        const quint32 band = rng.bounded(100);
        const int minAge = band < 15 ? 0 : band < 60 ? 18 : 65;
        const int maxAge = band < 15 ? 12 : band < 60 ? 64 : 98;
        p.id = TestPersonnummer::random(rng, today.addYears(-maxAge - 1).addDays(1), today.addYears(-minAge),
                                        p.female);
        if (!p.id.isValid() || seen.contains(p.id.value())) {
            continue;
        }
        seen.insert(p.id.value());
        p.birthDate = p.id.birthDate();
        p.name = firstName(rng, p.female) + u' ' + lastName(rng);
        p.phone = fictionalPhone(rng);
        out.append(p);
    }
    return out;
}

} // namespace vk
