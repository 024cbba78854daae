// The cheap tests that settle most lines of a page before the classify stage reads them (a line's counts, its first
// or last byte): each row is a line at an edge of such a test (empty, without the figure or the stop asked for,
// non-ASCII, very long), whose verdict is the one the full reading gives. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;
using archive::test::block_of;

namespace {

// A line of `words` words, none of them a figure, closed by `end`.
std::string long_line(std::size_t words, const std::string& end) {
    std::string line = "Update";
    for (std::size_t k = 1; k < words; ++k)
        line += k % 7 == 0 ? " quai" : " vent";
    return line + end;
}

} // namespace

TEST_CASE("a note on an update is settled by its last byte, then by its colon", "[classify][fast_path]") {
    for (const std::string line : {"Update, June 4: Added the harbour master's answer.",
                                   "Nachtrag (4.6.): Die Werft hat sich inzwischen geäussert.",
                                   "  Update: the quay reopened at noon.  "}) {
        INFO(line);
        CHECK(update_note(line));
    }
    for (const std::string& line : {std::string(), std::string("   "), std::string("."),
                                   std::string("Update, June 4: Added the harbour master's answer"),
                                   std::string("Nachtrag: Die Werft schweigt…"), long_line(3000, "."),
                                   "Update " + long_line(40, ": the quay reopened at noon.")}) {
        INFO(line.substr(0, 80));
        CHECK_FALSE(update_note(line));
    }
}

TEST_CASE("a review's score is settled by the line's counts before its colon is sought", "[classify][fast_path]") {
    for (const char* line : {"Note: 2,1 (gut)", "Rating: 7/10", "Verdict : 4/5"}) {
        INFO(line);
        CHECK(rating_line(block_of(line)));
    }
    // No figure, more than eight words, the colon past the label, a score of words.
    for (const std::string& line : {std::string("Note: gut"),
                                    std::string("Rating: seven out of ten, and the soup was cold"),
                                   std::string("Unsere ausführliche Gesamtbewertung der Werft: 2,1"),
                                   std::string("Bewertung: sehr gut (2)"), long_line(3000, ": 4/5")}) {
        INFO(line.substr(0, 80));
        CHECK_FALSE(rating_line(block_of(line)));
    }
}

TEST_CASE("a link to the rest of a teaser is settled by its first byte", "[classify][fast_path]") {
    for (const char* line : {"Read more »", "Weiterlesen …", "Lire la suite..."}) {
        INFO(line);
        CHECK(more_link(block_of(line)));
    }
    for (const std::string& line : {std::string("» Read more"), std::string("Über den Hafen"), std::string("…"),
                                   std::string("Read more about the quay"), long_line(4, " »")}) {
        INFO(line);
        CHECK_FALSE(more_link(block_of(line)));
    }
}

TEST_CASE("a line without a figure is no entry of a ticker", "[classify][fast_path]") {
    for (const char* line : {"Ferries return to the eastern pier", "Neue Fähre für die Inseln bestellt", "",
                             "[ März ] Die Fähren fahren wieder"}) {
        INFO(line);
        CHECK_FALSE(ticker_line(line));
    }
    CHECK(ticker_line("7:45 Neue Fähre für die Inseln bestellt"));
}

TEST_CASE("a comment's dated header and its lone reply button end the article, a dated line of text does not",
          "[classify][fast_path]") {
    const std::string post = "Der Kran kehrt zurück\n\n"
                             "Am Montag hat die Werft den alten Kran wieder an den Kai gestellt, wo er seit dem Jahr "
                             "1921 stand und die Schiffe der Fischer entlud.\n\n"
                             "Die Stadt hatte ihn im Winter abbauen lassen, weil sein Fundament brüchig geworden war "
                             "und der Rost die Schienen zerfressen hatte.\n\n"
                             "Nun dreht er sich wieder, auch wenn er keine Lasten mehr hebt und nur noch die Besucher "
                             "des Hafens an die alten Zeiten erinnert.\n\n";
    const std::string thread = "14.03.2021, 09:12 Antworten\n\n"
                               "Endlich ist er wieder da, ich habe ihn jeden Morgen auf dem Weg zur Arbeit vermisst und "
                               "mich gefragt, ob er je zurückkommt.\n\n"
                               "15.03.2021, 18:40 Antworten\n\n"
                               "Schön, aber die Schienen hätte man auch gleich erneuern können, das wäre nicht viel "
                               "teurer gewesen als die ganze Reparatur.\n\n"
                               "16.03.2021, 07:05 Antworten\n\n"
                               "Ich war am Sonntag mit den Kindern dort, und sie wollten gar nicht mehr nach Hause "
                               "gehen, so sehr hat ihnen der Kran gefallen.\n";
    const Article a = classify(segment(post + thread), "de");
    const auto& paragraphs = a.sections.empty() ? std::vector<std::string>{} : a.sections[0].paragraphs;
    CHECK(std::none_of(a.sections.begin(), a.sections.end(), [](const Section& s) {
        return std::any_of(s.paragraphs.begin(), s.paragraphs.end(),
                           [](const std::string& t) { return t.starts_with("Endlich ist er wieder da"); });
    }));
    CHECK(!paragraphs.empty());
}

TEST_CASE("a line's share of stopwords is read for its language, or for the best one when none is known",
          "[classify][fast_path]") {
    const std::string line = "the ferry and the crane are back at the quay of the old harbour";
    const double en = stopword_density(line, "en");
    CHECK(en > 0.4);
    CHECK(stopword_density(line, "de") < en);
    // No language, or one without a word list: the language whose stopwords it holds most.
    CHECK(stopword_density(line, "") == en);
    CHECK(stopword_density(line, "xx") == en);
    CHECK(stopword_density("", "en") == 0.0);
    const std::string german = "der Kran ist wieder am Kai des alten Hafens";
    CHECK(stopword_density(german, "de") > stopword_density(german, "fr"));
}
