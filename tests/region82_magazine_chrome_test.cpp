// A magazine's chrome around its article (probe70 R4): the note under the read-aloud player on how its recording was
// made ("This story is narrated by an AI voice.", notices.cpp narration_note(), lexicon sections narration_words and
// narration_phrases) leaves the text, at its edges and between its paragraphs; the box presenting the author ends at
// the next box's title under the bio ("Explore More Topics", classify_tail.cpp add_author_section()). Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

TEST_CASE("the note on a read-aloud recording's making under its player is no text", "[region][notices]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* note;
        const char* first; // the text's first paragraph
    };
    const Row rows[] = {
        {"en", R"(The Last Ferrymen of the Estuary
A handful of crews still row passengers across a river that a bridge was meant to empty of boats.
By Imogen Tallis
November 30, 2026
Listen to this article
00:00
18:12
This story is narrated by an AI voice from Harbourline Audio (beta).
Every morning at six, Owen Pryce unties a wooden boat from a post his grandfather drove into the mud in 1952.
He rows eleven passengers across the estuary before the bridge traffic has even started to build on the far bank.
The council has twice tried to end the crossing, and twice the villagers on both banks filled the hall to stop it.
)",
         "This story is narrated by an AI voice from Harbourline Audio (beta).",
         "Every morning at six, Owen Pryce unties a wooden boat from a post his grandfather drove into the mud in "
         "1952."},
        {"de", R"(Die letzten Fährleute an der Mündung
Eine Handvoll Leute rudert noch Fahrgäste über einen Fluss, den eine Brücke von Booten leeren sollte.
Von Inga Tallmann
30. November 2026
Artikel anhören
00:00
18:12
Dieser Artikel wurde mit einer KI-Stimme vertont.
Jeden Morgen um sechs bindet Otto Preuß ein Holzboot von einem Pfahl los, den sein Großvater 1952 in den Schlamm trieb.
Er rudert elf Fahrgäste über die Mündung, bevor sich auf der anderen Seite der Verkehr an der Brücke staut.
Die Gemeinde wollte die Überfahrt zweimal einstellen, und zweimal füllten die Leute beider Ufer den Saal dagegen.
)",
         "Dieser Artikel wurde mit einer KI-Stimme vertont.",
         "Jeden Morgen um sechs bindet Otto Preuß ein Holzboot von einem Pfahl los, den sein Großvater 1952 in den "
         "Schlamm trieb."},
        {"fr", R"(Les derniers passeurs de l'estuaire
Une poignée d'équipages fait encore traverser un fleuve qu'un pont devait vider de ses barques.
Par Inès Talbot
30 novembre 2026
Écouter cet article
00:00
18:12
Cet article est lu par une voix de synthèse.
Chaque matin à six heures, Yves Prieur détache une barque d'un pieu que son grand-père a planté dans la vase en 1952.
Il fait traverser onze passagers avant que la circulation ne s'accumule sur le pont, de l'autre côté de l'eau.
La commune a voulu supprimer la traversée deux fois, et deux fois les habitants des deux rives ont rempli la salle.
)",
         "Cet article est lu par une voix de synthèse.",
         "Chaque matin à six heures, Yves Prieur détache une barque d'un pieu que son grand-père a planté dans la vase "
         "en 1952."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const auto paragraphs = test::paragraphs_of(classify(segment(r.page), r.lang));
        CHECK_FALSE(has(paragraphs, r.note));
        CHECK(has(paragraphs, r.first));
    }
}

TEST_CASE("a sentence of the text on machine voices opening it stays text", "[region][notices]") {
    // A report on synthetic voices names them in its own sentences, longer than a player's note.
    const std::string line = "The audiobook was narrated by a synthetic voice that the publisher trained on hours of "
                             "recordings of the author, who died in 2019 before she could record it herself.";
    const auto paragraphs = test::paragraphs_of(classify(segment(R"(Publisher defends its machine-read memoir
By Imogen Tallis
)" + line + R"(
Readers who bought the recording complained within days that it had been made without their knowledge.
The publisher said on Monday that the author's family had agreed to the recording and would share in its sales.
)"),
                                                         "en"));
    CHECK(has(paragraphs, line));
}

TEST_CASE("the box presenting the author ends at the next box's title under the bio", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
        const char* bio;
    };
    const Row rows[] = {
        {"en", R"(The Last Ferrymen of the Estuary
Every morning at six, Owen Pryce unties a wooden boat from a post his grandfather drove into the mud in 1952.
He rows eleven passengers across the estuary before the bridge traffic has even started to build on the far bank.
The council has twice tried to end the crossing, and twice the villagers on both banks filled the hall to stop it.
About the Author
Imogen Tallis is a staff writer at The Lantern.
Explore More Topics
Rivers, Boats, Work
)",
         "About the Author", "Imogen Tallis is a staff writer at The Lantern."},
        {"de", R"(Die letzten Fährleute an der Mündung
Jeden Morgen um sechs bindet Otto Preuß ein Holzboot von einem Pfahl los, den sein Großvater 1952 in den Schlamm trieb.
Er rudert elf Fahrgäste über die Mündung, bevor sich auf der anderen Seite der Verkehr an der Brücke staut.
Die Gemeinde wollte die Überfahrt zweimal einstellen, und zweimal füllten die Leute beider Ufer den Saal dagegen.
Über die Autorin
Inga Tallmann ist Redakteurin bei der Laterne.
Weitere Themen
Flüsse, Boote, Arbeit
)",
         "Über die Autorin", "Inga Tallmann ist Redakteurin bei der Laterne."},
        {"fr", R"(Les derniers passeurs de l'estuaire
Chaque matin à six heures, Yves Prieur détache une barque d'un pieu que son grand-père a planté dans la vase en 1952.
Il fait traverser onze passagers avant que la circulation ne s'accumule sur le pont, de l'autre côté de l'eau.
La commune a voulu supprimer la traversée deux fois, et deux fois les habitants des deux rives ont rempli la salle.
À propos de l'auteur
Inès Talbot est journaliste à La Lanterne.
Plus de thèmes
Fleuves, Bateaux, Travail
)",
         "À propos de l'auteur", "Inès Talbot est journaliste à La Lanterne."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        const auto& box = a.sections.back();
        REQUIRE(box.heading);
        CHECK(*box.heading == r.title);
        CHECK(box.paragraphs == std::vector<std::string>{r.bio});
    }
}
