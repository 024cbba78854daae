// An interview whose first question and answer are labelled and whose later answers are not (session 41, from a
// probe of invented pages): the labelled answer is a direct quote of the interviewee like the others. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using namespace archive;
using archive::quote_checks::find_quote;
using archive::quote_rows::page;

TEST_CASE("an interview's labelled first answer is the interviewee's quote", "[quotes][quotes77]") {
    struct Row {
        const char* lang;
        const char* kicker;
        const char* headline;
        std::vector<std::string> paragraphs;
        const char* answer;
        const char* speaker;
    };
    const std::vector<Row> rows = {
        {"fr",
         "Entretien",
         "Marie Roux : «Le port ne fermera pas»",
         {"La Gazette: Les pêcheurs parlent d'un «abandon» du port. Que leur répondez-vous?",
          "Marie Roux: Je comprends leur colère, mais les chiffres disent autre chose.",
          "Les tarifs vont-ils baisser?", "Je ne ferai pas de promesse que je ne peux pas tenir.",
          "Et si le conseil dit non?", "Alors nous reprendrons le dossier au printemps."},
         "Je comprends leur colère, mais les chiffres disent autre chose.",
         "Marie Roux"},
        {"de",
         "Interview",
         "Anna Berg: „Der Hafen bleibt offen“",
         {"Die Zeitung: Die Fischer sprechen von einem „Abschied“ vom Hafen. Was sagen Sie ihnen?",
          "Anna Berg: Ich verstehe den Ärger, aber die Zahlen sagen etwas anderes.",
          "Sinken die Gebühren?", "Ich verspreche nichts, was ich nicht halten kann.",
          "Und wenn der Rat nein sagt?", "Dann nehmen wir die Pläne im Frühling wieder auf."},
         "Ich verstehe den Ärger, aber die Zahlen sagen etwas anderes.",
         "Anna Berg"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.paragraphs[1]);
        Article a = page(r.lang, r.headline, r.paragraphs);
        a.kicker = r.kicker; // (a page called an interview)
        const auto qs = extract_quotes(a);
        const Quote* q = find_quote(qs, r.answer);
        REQUIRE(q);
        CHECK(q->kind == QuoteKind::direct);
        CHECK(q->speaker.value_or("") == r.speaker);
        CHECK_FALSE(find_quote(qs, "Les pêcheurs parlent d'un «abandon» du port. Que leur répondez-vous?"));
    }
}
