// Interviews whose turns carry no label (session 51): the interviewee named by the page's label ("Interview mit X",
// "Entretien avec X", "Intervista a X, ruolo", "Entrevista con X"), not by a person a question names; the answers
// under the questions are that person's quotes. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

Article labelled_page(const std::string& lang, const std::string& kicker, const std::string& headline,
                      const std::string& lede, std::vector<std::string> paragraphs) {
    Article a = quote_rows::page(lang, headline, std::move(paragraphs));
    if (!kicker.empty())
        a.kicker = kicker;
    if (!lede.empty())
        a.lede = lede;
    return a;
}

struct LabelRow {
    const char* lang;
    const char* kicker;
    const char* headline;
    const char* lede;
    std::vector<std::string> paragraphs;
    const char* headline_quote;
    const char* answer;
    const char* other; // the person a question names
};

const std::vector<LabelRow>& label_rows() {
    static const std::vector<LabelRow> rows = {
        {"de",
         "Interview mit Lena Sommer",
         "«Wir bauen den Hafen nicht für uns»",
         "Die Hafenmeisterin wehrt sich gegen die Kritik am neuen Kai. Ein Gespräch über Fähren und Geld.",
         {"Frau Sommer, der Gemeinderat Karl Frei sagt, der Kai sei zu teuer. Hat er recht?",
          "Nein. Der Kai kostet weniger als die Verspätungen, die wir jedes Jahr bezahlen.",
          "Warten die Fähren im Sommer noch immer eine Stunde?",
          "Ja, leider. Zwei Schiffe können nicht gleichzeitig anlegen, das ist das ganze Problem."},
         "Wir bauen den Hafen nicht für uns",
         "Ja, leider. Zwei Schiffe können nicht gleichzeitig anlegen, das ist das ganze Problem.",
         "Karl Frei"},
        {"fr",
         "Entretien avec Anne-Marie Roux",
         "« Le port restera ouvert tout l'hiver »",
         "La capitaine du port répond aux critiques sur le nouveau quai.",
         {"Le conseiller municipal Paul Girard dit que le quai coûte trop cher. A-t-il raison?",
          "Non. Le quai coûte moins que les retards que nous payons chaque année.",
          "Les ferries attendent-ils encore une heure en été?",
          "Oui, hélas. Deux bateaux ne peuvent pas accoster en même temps, tout le problème est là."},
         "Le port restera ouvert tout l'hiver",
         "Oui, hélas. Deux bateaux ne peuvent pas accoster en même temps, tout le problème est là.",
         "Paul Girard"},
        {"it",
         "Intervista a Marco Bruni, presidente del porto",
         "«Il porto non chiuderà quest'inverno»",
         "Il presidente risponde alle critiche sul nuovo molo.",
         {"Il consigliere comunale Paolo Ferri dice che il molo costa troppo. Ha ragione?",
          "No. Il molo costa meno dei ritardi che paghiamo ogni anno.", "I traghetti aspettano ancora un'ora d'estate?",
          "Sì, purtroppo. Due navi non possono attraccare insieme, il problema è tutto qui."},
         "Il porto non chiuderà quest'inverno",
         "Sì, purtroppo. Due navi non possono attraccare insieme, il problema è tutto qui.",
         "Paolo Ferri"},
        {"es",
         "Entrevista con Ana Reis Prado",
         "«El puerto no cerrará este invierno»",
         "La presidenta del puerto responde a las críticas sobre el nuevo muelle.",
         {"El concejal Luis Prieto dice que el muelle cuesta demasiado. ¿Tiene razón?",
          "No. El muelle cuesta menos que los retrasos que pagamos cada año.",
          "¿Siguen esperando los ferris una hora en verano?",
          "Sí, por desgracia. Dos barcos no pueden atracar a la vez, ese es todo el problema."},
         "El puerto no cerrará este invierno",
         "Sí, por desgracia. Dos barcos no pueden atracar a la vez, ese es todo el problema.",
         "Luis Prieto"},
    };
    return rows;
}

std::string label_name(const LabelRow& r) {
    std::string k = r.kicker;
    const std::size_t comma = k.find(',');
    k = k.substr(0, comma);
    const std::size_t link = k.find(' ', k.find(' ') + 1);
    return k.substr(link + 1);
}

} // namespace

TEST_CASE("an interview's label names the interviewee: the headline's quote and the answers are theirs",
          "[quotes][quotes85]") {
    for (const LabelRow& r : label_rows()) {
        INFO(r.kicker);
        const std::string name = label_name(r);
        const auto qs = extract_quotes(labelled_page(r.lang, r.kicker, r.headline, r.lede, r.paragraphs));
        CHECK(speaker_of(qs, r.headline_quote) == name);
        CHECK(speaker_of(qs, r.answer) == name);
        CHECK(speaker_of(qs, r.headline_quote) != r.other);
    }
}

TEST_CASE("an interview's label printed in the standfirst names the interviewee too", "[quotes][quotes85]") {
    // "Im Gespräch: X" in the standfirst, the kicker naming no one.
    const auto de = extract_quotes(
        labelled_page("de", "Interview", "«Wir bauen den Hafen nicht für uns»",
                      "Im Gespräch: Lena Sommer, Hafenmeisterin, über Fähren und Geld.",
                      {"Der Gemeinderat Karl Frei sagt, der Kai sei zu teuer. Hat er recht?",
                       "Nein. Der Kai kostet weniger als die Verspätungen, die wir jedes Jahr bezahlen.",
                       "Warten die Fähren im Sommer noch immer eine Stunde?",
                       "Ja, leider. Zwei Schiffe können nicht gleichzeitig anlegen, das ist das ganze Problem."}));
    CHECK(speaker_of(de, "Wir bauen den Hafen nicht für uns") == "Lena Sommer");
    CHECK(speaker_of(de, "Nein. Der Kai kostet weniger als die Verspätungen, die wir jedes Jahr bezahlen.") ==
          "Lena Sommer");
    // "Interview: X" at the line's start credits the interviewer, no interviewee.
    const auto credit = extract_quotes(
        labelled_page("de", "Interview: Sara Kunz", "«Wir bauen den Hafen nicht für uns»", "",
                      {"Warten die Fähren im Sommer noch immer eine Stunde?",
                       "Ja, leider. Zwei Schiffe können nicht gleichzeitig anlegen, das ist das ganze Problem.",
                       "Ist der Kai zu teuer?", "Nein. Der Kai kostet weniger als die Verspätungen."}));
    CHECK(speaker_of(credit, "Wir bauen den Hafen nicht für uns") != "Sara Kunz");
}
