// A teaser's summary printed again right over the article's paragraph it was
// cut from: the line is the whole first sentence of the next paragraph, a word
// apart at most (a typo), and leaves the body; the paragraph stays. Two
// parallel sentences of a list, alike but ending apart, both stay. Invented
// lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

std::string page(const std::string& head, const std::string& first, const std::string& lines) {
    return head + "\n" + first + "\n\n" + lines + "\n";
}

int paragraphs_starting(const Article& a, const std::string& start) {
    int n = 0;
    for (const auto& p : test::paragraphs_of(a))
        n += p.rfind(start, 0) == 0 ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("a summary printed again as the next paragraph's first sentence "
          "leaves the body",
          "[region][teasers][teasers30]") {
    struct Row {
        const char* lang;
        std::string text;
        const char* copy;
    };
    const std::string head_en = "Harbour Times\nNews\nFerries return to the "
                                "eastern pier\nBy Jane Roe\nMarch 3, 2026";
    const std::string head_de = "Hafenblatt\nNachrichten\nDie Fähren fahren wieder vom Ostkai\nVon Anna "
                                "Muster\n3. März 2026";
    const std::string head_fr = "Le Journal du Port\nActualités\nLes bacs reviennent au quai est\nPar "
                                "Marie Dupont\n3 mars 2026";
    for (const Row& r : {Row{"en",
                             page(head_en,
                                  "The ferries to the islands run again from the eastern pier "
                                  "after a winter of repairs on the northern quay.",
                                  "Condensation on the ferry windows is a well known problem in "
                                  "the winter months.\n\n"
                                  "Condensation on the ferry windows is a well known problem in "
                                  "winter months. The crews dry "
                                  "them every morning before the first crossing, the harbour "
                                  "master said."),
                             "Condensation on the ferry windows"},
                         Row{"de",
                             page(head_de,
                                  "Nach einem Winter voller Reparaturen am Nordkai fahren die "
                                  "Fähren zu den Inseln wieder vom Ostkai ab.",
                                  "Kondenswasser an den Fenstern der Fähren ist ihm Winter ein "
                                  "bekanntes Problem.\n\n"
                                  "Kondenswasser an den Fenstern der Fähren ist im Winter ein "
                                  "bekanntes Problem. Die "
                                  "Besatzung wischt sie jeden Morgen vor der ersten Fahrt "
                                  "trocken, sagte der Hafenmeister."),
                             "Kondenswasser an den Fenstern"},
                         Row{"fr",
                             page(head_fr,
                                  "Les bacs vers les îles partent de nouveau du quai est après "
                                  "un hiver de réparations sur le quai nord.",
                                  "La buée sur les vitres des bacs est un problème bien connu "
                                  "en hiver.\n\n"
                                  "La buée sur les vitres des bacs est un problème bien connu "
                                  "en hiver. L'équipage les "
                                  "essuie chaque matin avant la première traversée, a dit le "
                                  "capitaine du port."),
                             "La buée sur les vitres"}}) {
        INFO(r.lang);
        const Article a = parse(r.text);
        CHECK(paragraphs_starting(a, r.copy) == 1); // the article's own paragraph, not the copy over it
    }
}

TEST_CASE("two parallel sentences alike but ending apart both stay", "[region][teasers][teasers30]") {
    const std::string en = page("Harbour Times\nNews\nHow the new mooring plan works\nBy Jane Roe\nMarch "
                                "3, 2026",
                                "The harbour office published the steps it follows to give each boat a "
                                "berth for the summer season.",
                                "When no berth is left, try all the free berths of the whole harbour.\n"
                                "When no berth is left, try all the berths of the whole harbour even if "
                                "they are not free yet.\n"
                                "Pick one of the candidates and move the boat there, telling its owner "
                                "by letter the same day.");
    const Article a = parse(en);
    CHECK(test::has_paragraph_starting(a, "When no berth is left, try all the free berths"));
    const std::string de = page("Hafenblatt\nNachrichten\nSo funktioniert der neue "
                                "Liegeplatzplan\nVon Anna Muster\n3. März 2026",
                                "Das Hafenamt hat die Schritte veröffentlicht, nach denen es jedem "
                                "Boot einen Liegeplatz für den Sommer gibt.",
                                "Wenn keiner frei ist, werden alle freien Plätze im ganzen Hafen "
                                "geprüft.\n"
                                "Wenn keiner frei ist, werden alle Plätze im ganzen Hafen geprüft, "
                                "auch wenn sie noch nicht frei sind.\n"
                                "Einer der Plätze wird gewählt und das Boot dorthin verlegt, der "
                                "Eigner erhält am selben Tag einen Brief.");
    CHECK(test::has_paragraph_starting(parse(de), "Wenn keiner frei ist, werden alle freien Plätze"));
}
