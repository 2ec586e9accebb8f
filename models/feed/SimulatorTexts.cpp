#include "SimulatorTexts.h"

#include <array>

namespace vk::simulator {

namespace {

template <std::size_t N>
QString pick(QRandomGenerator& rng, const std::array<const char*, N>& texts) {
    return QString::fromUtf8(texts[rng.bounded(quint32(N))]);
}

constexpr std::array kDrugs{"Levaxin 50 mikrogram", "Omeprazol 20 mg",     "Simvastatin 20 mg",
                            "Enalapril 10 mg",      "Metformin 500 mg",    "Sertralin 50 mg",
                            "Amlodipin 5 mg",       "Salbutamol inhalator"};
constexpr std::array kWeekdays{"måndag", "tisdag", "onsdag", "torsdag", "fredag"};

} // namespace

const QStringList& errandTypes() {
    static const QStringList types{
        QStringLiteral("Förnya recept"),  QStringLiteral("Kontakta mig"),
        QStringLiteral("Av-/omboka tid"), QStringLiteral("Rådgivning"),
        QStringLiteral("Begär intyg"),    QStringLiteral("Beställ journalkopia"),
        QStringLiteral("Boka tid"),       QStringLiteral("Förnya diabeteshjälpmedel"),
    };
    return types;
}

const QList<int>& errandTypeWeights() {
    static const QList<int> weights{30, 20, 15, 15, 7, 4, 6, 3};
    return weights;
}

QString eserviceSubject(QRandomGenerator& rng, const QString& errandType) {
    if (errandType == u"Kontakta mig") {
        constexpr std::array subjects{"Vill bli uppringd", "Fråga om provsvar", "Ont i ryggen",
                                      "Hosta sedan två veckor"};
        return pick(rng, subjects);
    }
    if (errandType == u"Rådgivning") {
        constexpr std::array subjects{"Utslag på armen", "Feber hos barn", "Yrsel", "Biverkning av medicin"};
        return pick(rng, subjects);
    }
    return errandType;
}

QString eserviceBody(QRandomGenerator& rng, const QString& errandType, const QString& firstName) {
    const QString sign = QStringLiteral("\n\nMed vänlig hälsning\n") + firstName;
    if (errandType == u"Förnya recept") {
        return QStringLiteral(
                   "Hej!\nJag behöver förnya mitt recept på %1. Jag har medicin kvar i ungefär %2 dagar.")
                   .arg(pick(rng, kDrugs))
                   .arg(3 + rng.bounded(10)) +
               sign;
    }
    if (errandType == u"Kontakta mig") {
        constexpr std::array texts{
            "Hej, jag skulle vilja att någon ringer mig angående mina provsvar från förra veckan. Jag nås "
            "bäst "
            "efter lunch.",
            "Jag har haft ont i ländryggen i tre veckor och värktabletterna hjälper inte längre. Kan någon "
            "ringa mig?",
            "Jag har hostat i över två veckor och känner mig fortfarande trött. Vill gärna prata med en "
            "sjuksköterska.",
        };
        return QStringLiteral("Hej!\n") + pick(rng, texts) + sign;
    }
    if (errandType == u"Av-/omboka tid") {
        return QStringLiteral(
                   "Hej!\nJag kan tyvärr inte komma på min tid på %1 klockan %2. Kan jag få en ny tid, "
                   "helst på förmiddagen?")
                   .arg(pick(rng, kWeekdays))
                   .arg(QStringLiteral("%1.%2")
                            .arg(8 + rng.bounded(8))
                            .arg(rng.bounded(2) ? u"30"_qs : u"00"_qs)) +
               sign;
    }
    if (errandType == u"Rådgivning") {
        constexpr std::array texts{
            "Jag har fått ett kliande utslag på armen sedan i helgen. Det har inte blivit bättre med "
            "hydrokortison.",
            "Mitt barn har haft 38,5 i feber i två dagar men äter och dricker. Behöver vi komma in?",
            "Jag blir yr när jag reser mig upp, särskilt på morgonen. Jag tar blodtrycksmedicin sedan en "
            "månad.",
        };
        return QStringLiteral("Hej!\n") + pick(rng, texts) + sign;
    }
    if (errandType == u"Begär intyg") {
        constexpr std::array texts{"läkarintyg till Försäkringskassan", "intyg om vaccination inför resa",
                                   "friskintyg till arbetsgivaren"};
        return QStringLiteral("Hej!\nJag behöver ett %1. Vad behöver ni från mig?").arg(pick(rng, texts)) +
               sign;
    }
    if (errandType == u"Beställ journalkopia") {
        return QStringLiteral("Hej!\nJag vill beställa en kopia av min journal från de senaste två åren.") +
               sign;
    }
    if (errandType == u"Boka tid") {
        return QStringLiteral("Hej!\nJag vill boka en tid för att kontrollera blodtrycket.") + sign;
    }
    return QStringLiteral("Hej!\nJag behöver förnya mina teststickor och lansetter till blodsockermätaren.") +
           sign;
}

QString followUpBody(QRandomGenerator& rng) {
    constexpr std::array texts{"Jag glömde skriva att jag är allergisk mot penicillin.",
                               "Tillägg: det har blivit lite bättre sedan i morse.",
                               "Jag kan nås på mobilen hela dagen.", "Tack för snabbt svar!"};
    return pick(rng, texts);
}

QString voicemailText(QRandomGenerator& rng, const QString& mailbox) {
    if (mailbox == u"Receptförnyelse") {
        constexpr std::array texts{
            "Hej, jag ringer för att förnya mitt recept på blodtrycksmedicin. Ring mig gärna tillbaka, tack.",
            "Hej, det gäller receptförnyelse av Levaxin. Jag har bara några tabletter kvar.",
            "Hej, jag behöver förnya recept på min astmainhalator. Tack och hej.",
        };
        return pick(rng, texts);
    }
    if (mailbox == u"Av-/ombokning") {
        constexpr std::array texts{
            "Hej, jag vill avboka min tid på torsdag förmiddag. Jag är tyvärr sjuk.",
            "Hej, jag skulle behöva boka om min tid hos sjuksköterskan till nästa vecka.",
            "Hej, jag har en tid på måndag men kan inte komma. Ring mig så bokar vi om.",
        };
        return pick(rng, texts);
    }
    constexpr std::array texts{
        "Hej, jag ringer angående min pappa som har fått nya smärtor. Ring mig så snart ni kan.",
        "Hej, jag har frågor om min behandling och vill prata med min kontaktsjuksköterska.",
    };
    return pick(rng, texts);
}

} // namespace vk::simulator
