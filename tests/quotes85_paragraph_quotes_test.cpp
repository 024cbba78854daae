// A quote over two paragraphs whose second opens with a continuation mark ("»" in French and Swiss papers, the
// opening mark again in German and English ones), and an interview's answers printed whole in quote marks (session
// 51). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a quote's next paragraph opened by a continuation mark goes on with the quote", "[quotes][quotes85]") {
    struct Row {
        const char* lang;
        std::vector<std::string> paragraphs;
        const char* joined;
        const char* speaker;
        const char* cue;
    };
    const Row rows[] = {
        {"fr",
         {"La capitaine du port, Anne Roux, a défendu le projet devant le conseil.",
          "«Je préfère vous dire la vérité aujourd'hui plutôt que de vous promettre un quai que nous ne pourrons pas "
          "payer.",
          "»Ce n'est pas une affaire de gauche ou de droite. C'est une affaire de confiance», a-t-elle conclu."},
         "Je préfère vous dire la vérité aujourd'hui plutôt que de vous promettre un quai que nous ne pourrons pas "
         "payer. Ce n'est pas une affaire de gauche ou de droite. C'est une affaire de confiance",
         "Anne Roux",
         "a-t-elle conclu"},
        {"de",
         {"Die Hafenmeisterin Lena Sommer verteidigte das Projekt vor dem Gemeinderat.",
          "«Ich sage Ihnen lieber heute die Wahrheit, als Ihnen einen Kai zu versprechen, den wir nicht bezahlen "
          "können.",
          "»Das ist keine Frage von links oder rechts. Es ist eine Frage des Vertrauens», sagte sie zum Schluss."},
         "Ich sage Ihnen lieber heute die Wahrheit, als Ihnen einen Kai zu versprechen, den wir nicht bezahlen "
         "können. Das ist keine Frage von links oder rechts. Es ist eine Frage des Vertrauens",
         "Lena Sommer",
         "sagte"},
        {"de",
         {"Die Hafenmeisterin Lena Sommer verteidigte das Projekt vor dem Gemeinderat.",
          "„Ich sage Ihnen lieber heute die Wahrheit, als Ihnen einen Kai zu versprechen, den wir nicht bezahlen "
          "können.",
          "„Das ist keine Frage von links oder rechts. Es ist eine Frage des Vertrauens“, sagte sie zum Schluss."},
         "Ich sage Ihnen lieber heute die Wahrheit, als Ihnen einen Kai zu versprechen, den wir nicht bezahlen "
         "können. Das ist keine Frage von links oder rechts. Es ist eine Frage des Vertrauens",
         "Lena Sommer",
         "sagte"},
        {"en",
         {"Harbour master Ann Lee defended the plan before the council.",
          "“I would rather tell you the truth today than promise you a quay we cannot pay for.",
          "“This is not a question of left or right. It is a question of trust,” she said."},
         "I would rather tell you the truth today than promise you a quay we cannot pay for. This is not a question "
         "of left or right. It is a question of trust",
         "Ann Lee",
         "said"},
    };
    for (const Row& r : rows) {
        INFO(r.paragraphs[1]);
        const auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* q = checked_quote(qs, r.joined, QuoteKind::direct);
        REQUIRE(q != nullptr);
        CHECK(q->speaker.value_or("") == r.speaker);
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(q->paragraph == 1);
        // (the continuation mark is no quote's word, and the second paragraph gives no quote of its own)
        for (const Quote& other : qs) {
            INFO(other.text);
            CHECK(other.text.find("\u00BB") == std::string::npos);
            CHECK((&other == q || other.paragraph != 2));
        }
    }
}

TEST_CASE("an interview's answer printed whole in quote marks is one quote, the interviewee's", "[quotes][quotes85]") {
    struct Row {
        const char* lang;
        const char* kicker;
        const char* lede;
        std::vector<std::string> paragraphs;
        const char* answer;
        const char* interviewee;
    };
    const Row rows[] = {
        {"it",
         "L'INTERVISTA",
         "La presidente del porto Anna Ferri risponde alle critiche sul nuovo molo.",
         {"I traghetti aspettano ancora un'ora d'estate?",
          "«Sì, purtroppo. Due navi non possono attraccare insieme, il problema è tutto qui».", "Il molo costa troppo?",
          "«No. Costa meno dei ritardi che paghiamo ogni anno»."},
         "Sì, purtroppo. Due navi non possono attraccare insieme, il problema è tutto qui",
         "Anna Ferri"},
        {"fr",
         "L'entretien",
         "La capitaine du port Anne Roux répond aux critiques sur le nouveau quai.",
         {"Les ferries attendent-ils encore une heure en été?",
          "«Oui, hélas. Deux bateaux ne peuvent pas accoster en même temps, tout le problème est là.»",
          "Le quai coûte-t-il trop cher?", "«Non. Il coûte moins que les retards que nous payons chaque année.»"},
         "Oui, hélas. Deux bateaux ne peuvent pas accoster en même temps, tout le problème est là.",
         "Anne Roux"},
    };
    for (const Row& r : rows) {
        INFO(r.answer);
        Article a = body(r.lang, r.paragraphs);
        a.kicker = r.kicker;
        a.lede = r.lede;
        const auto qs = extract_quotes(a);
        CHECK(speaker_of(qs, r.answer) == r.interviewee);
        // (once: not again with its marks)
        for (const Quote& q : qs) {
            INFO(q.text);
            CHECK(q.text.find("\u00AB") == std::string::npos);
        }
        CHECK(std::count_if(qs.begin(), qs.end(), [](const Quote& q) { return q.paragraph == 1; }) == 1);
    }
}
