// Tests of a closing section's heading closed by "!" ("Endlich Ernte!", "Finally, a verdict!"): set apart by blank
// lines right over the text's last short paragraph, on a page of headed sections, it heads that paragraph.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::headings_of;

namespace {

struct CryPage {
    const char* lang;
    const char* top;              // menu, headline, byline, date
    std::vector<const char*> body; // opening paragraph, then heading / paragraph pairs
    const char* cry;
    const char* last; // the closing short paragraph
    const char* foot;
};

std::string page_of(const CryPage& c, bool headed, const char* after_last = nullptr) {
    std::string out = std::string(c.top) + "\n\n" + c.body[0] + "\n\n";
    for (std::size_t i = 1; i + 1 < c.body.size(); i += 2) {
        if (headed)
            out += std::string(c.body[i]) + "\n\n";
        out += std::string(c.body[i + 1]) + "\n\n";
    }
    out += std::string(c.cry) + "\n\n" + c.last + "\n\n";
    if (after_last != nullptr)
        out += std::string(after_last) + "\n\n";
    return out + c.foot + "\n";
}

const CryPage pages[] = {
    {"de", "Start\nRegion\nDie Weinlese beginnt nach dem langen Regen\nVon Paul Weber\n02.10.2025",
     {"Nach Wochen mit Regen können die Winzer an der Mosel endlich mit der Lese der Trauben beginnen.",
      "Ein schwieriges Jahr",
      "Der nasse Sommer hat vielen Betrieben Sorgen gemacht, weil die Trauben an manchen Hängen faulten.",
      "Die Qualität",
      "Die Winzer rechnen trotzdem mit einem guten Jahrgang, wenn das Wetter in den nächsten Wochen hält."},
     "Endlich Ernte!", "Am Samstag werden die ersten Trauben gelesen.", "Teilen"},
    {"en", "Home\nCourts\nThe long trial over the harbour contract ends\nBy Ruth Hale\n2 October 2025",
     {"After eleven months of hearings the court in the port city has closed the trial over the harbour contract.",
      "Two years of doubts",
      "The council signed the contract in a hurry, and the auditors found that two of the bids were never read.",
      "The witnesses",
      "More than forty witnesses were heard, among them three former mayors and the head of the port authority."},
     "Finally, a verdict!", "The judges will read their verdict on Friday morning.", "Share"},
    {"fr", "Accueil\nRégion\nLes vendanges commencent après la longue pluie\nPar Paul Weber\n02.10.2025",
     {"Après des semaines de pluie, les vignerons de la vallée peuvent enfin commencer à cueillir leurs raisins.",
      "Une année difficile",
      "L'été humide a inquiété beaucoup de vignerons, parce que les raisins ont pourri sur certains coteaux.",
      "La qualité",
      "Les vignerons attendent quand même un bon millésime si le temps tient pendant les prochaines semaines."},
     "Enfin la récolte !", "Les premiers raisins seront cueillis samedi.", "Partager"},
};

} // namespace

TEST_CASE("a few words closed by '!' over the text's last short paragraph head the closing section",
          "[sections][heading][sect26]") {
    for (const CryPage& c : pages) {
        const std::string text = page_of(c, true);
        INFO(text);
        const Article a = classify(segment(text), c.lang);
        CHECK(headings_of(a) == std::vector<std::string>{c.body[1], c.body[3], c.cry});
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.back().paragraphs == std::vector<std::string>{c.last});
    }
}

TEST_CASE("a line closed by '!' heads nothing without headed sections above or amid the text",
          "[sections][heading][sect26]") {
    for (const CryPage& c : pages) {
        // No heading above it: the page is no page of sections.
        const std::string plain = page_of(c, false);
        INFO(plain);
        CHECK(headings_of(classify(segment(plain), c.lang)).empty());
        // Over a paragraph that is not the text's last: a cry amid the text heads nothing.
        const std::string amid = page_of(c, true, c.body[2]);
        INFO(amid);
        CHECK(headings_of(classify(segment(amid), c.lang)) == std::vector<std::string>{c.body[1], c.body[3]});
    }
}
