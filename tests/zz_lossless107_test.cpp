// lossless107: the lossless contract counts a line held only where the record holds it as a line, or as the pieces
// the record cuts it into (a caption and its credit, a place and its paragraph, a kicker glued to its headline, the
// lines a paragraph is joined of): a short line ("Belga", "AFP") is not held by a paragraph that names the agency.
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

// A record whose paragraphs name the agency and the photographer, and a picture with its caption and credit.
Article named_record() {
    Article a;
    a.headline = "Le pont de Lorval fermé pour trois mois";
    a.dateline = "LORVAL";
    a.media.push_back(Media{"Le pont au matin.", "Photo: Jean Dupont"});
    a.sections.push_back(Section{std::nullopt,
                                 {"Les travaux commenceront lundi, a indiqué la commune à l'agence Belga.",
                                  "Die Fähre fährt wieder ab Montag, teilte die Stadt der dpa mit.",
                                  "The road stays closed, officials told AFP on Tuesday."}});
    a.boilerplate = {"Partager"};
    return a;
}

} // namespace

TEST_CASE("a line found only inside a field that holds more is lost", "[lossless107]") {
    const Article a = named_record();
    for (const std::string line : {"Belga", "dpa", "AFP", "Photo", "la commune", "told AFP on Tuesday",
                                   "Jean Dupont", "fährt wieder"}) {
        INFO(line);
        CHECK(lost_lines(a, "Partager\n" + line + "\n") == std::vector<std::string>{line});
    }
}

TEST_CASE("a line held whole, in the pieces the record cuts it into, or joined to its neighbours is not lost",
          "[lossless107]") {
    const Article a = named_record();
    // Whole; a caption and its credit; a place and its paragraph (the mark between them is typography).
    CHECK(lost_lines(a, "Le pont de Lorval fermé pour trois mois\nPartager\n").empty());
    CHECK(lost_lines(a, "Le pont au matin. Photo: Jean Dupont\n").empty());
    CHECK(lost_lines(a, "LORVAL – Les travaux commenceront lundi, a indiqué la commune à l'agence Belga.\n").empty());
    // A paragraph of three lines, one of them a word ending the line above's sentence, and a word split at the wrap:
    // each line goes on from the one above and the one below goes on from it.
    CHECK(lost_lines(a, "Les travaux commenceront lundi, a\nindiqué\nla commune à l'agence Belga.\n").empty());
    CHECK(lost_lines(a, "Die Fähre fährt wie-\nder ab Montag, teilte die Stadt der dpa mit.\n").empty());
    // The same middle line between lines the paragraph does not hold around it is lost.
    CHECK(lost_lines(a, "Partager\nindiqué\nPartager\n") == std::vector<std::string>{"indiqué"});
    // "… am Mühlbach (Symbolbild).": the caption takes the full stop after the credit (split_credit()).
    Article symbol;
    symbol.media.push_back(Media{"Ein Bagger steht vor der gesperrten Brücke am Mühlbach.", "(Symbolbild)"});
    CHECK(lost_lines(symbol, "Ein Bagger steht vor der gesperrten Brücke am Mühlbach (Symbolbild).\n").empty());
    CHECK(lost_lines(symbol, "Ein Bagger steht vor der gesperrten Brücke am Mühlbach (Symbolbild)!\n") ==
          std::vector<std::string>{"Ein Bagger steht vor der gesperrten Brücke am Mühlbach (Symbolbild)!"});
}

TEST_CASE("a one-word line given a one-line field's role is not held by that field's middle or end",
          "[lossless107]") {
    Article a;
    a.headline = "Floods close the river road near Marlow Bay";
    a.lede = "Heavy rain closed the road on Tuesday, officials told AFP";
    a.source_tag = SourceTag{"Belga", {"belga"}};
    // A headline printed over two lines: each line opens or closes it at a space.
    CHECK(held_by_line_fields(a, "Floods close the river road"));
    CHECK(held_by_line_fields(a, "near Marlow Bay"));
    CHECK(held_by_line_fields(a, "Belga"));
    // One word at the lede's end or in the headline's middle is no line of theirs: kept with the boilerplate.
    CHECK_FALSE(held_by_line_fields(a, "AFP"));
    CHECK_FALSE(held_by_line_fields(a, "river"));
    CHECK_FALSE(held_by_line_fields(a, "road near"));
}

TEST_CASE("a label printed before a caption whose credit carries the label again is kept", "[lossless107]") {
    const std::vector<std::string> lines = {
        "Photo : Des bateaux au port de Lorval, ce mardi matin. Photo : Jean Dupont / Presse Ouest",
        "Foto: Boote im Hafen von Kellstadt am Dienstagmorgen. Foto: Hans Meier / Hafenblatt",
    };
    for (const std::string& caption : lines) {
        const std::string page = test::page_of(
            {"Accueil", "Les pêcheurs restent à quai", caption,
             "Les pêcheurs de Lorval ne sont pas sortis en mer depuis trois jours à cause de la tempête.",
             "Ils espèrent pouvoir repartir jeudi si le vent tombe comme prévu.", "Partager"});
        const Article a = parse(page, "page.txt");
        INFO(caption);
        CHECK(lost_lines(a, decode(page).text).empty());
    }
    // Near miss: the credit printed before its caption alone, the line's label is the credit's own.
    const std::string page = test::page_of(
        {"Accueil", "Les pêcheurs restent à quai", "Photo : Jean Dupont Des bateaux au port de Lorval, ce mardi matin.",
         "Les pêcheurs de Lorval ne sont pas sortis en mer depuis trois jours à cause de la tempête.", "Partager"});
    const Article a = parse(page, "page.txt");
    CHECK(lost_lines(a, decode(page).text).empty());
}

TEST_CASE("an agency alone under the headline is held where the record puts it", "[lossless107]") {
    const std::vector<std::pair<std::string, std::string>> pages = {
        {"Belga", "Les travaux commenceront lundi, a indiqué la commune à l'agence Belga mardi matin."},
        {"dpa", "Der Hafen bekommt eine neue Fähre, wie die Stadt am Montag der dpa mitteilte."},
        {"AFP", "Heavy rain closed the river road on Tuesday, officials told AFP, as water rose again."},
    };
    for (const auto& [agency, paragraph] : pages) {
        const std::string page = test::page_of(
            {"Home", "News", "Le pont de Lorval fermé pour trois mois dès lundi", agency, "3 mars 2026", paragraph,
             "Les automobilistes devront emprunter la route du canal, un détour de huit kilomètres.", "Partager"});
        const Article a = parse(page, "page.txt");
        INFO(agency);
        CHECK(lost_lines(a, decode(page).text).empty());
    }
}
