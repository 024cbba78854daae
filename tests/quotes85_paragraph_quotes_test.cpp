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
