// Which units of a page the quotes stage reads: a unit that cannot read the page's people, followed by no unit that
// can, is skipped (may_read_people); the quotes are the same either way. Invented lines in several languages.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "quote_reader.hpp"
#include "archive/archive.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

Article page(const std::string& lang, std::vector<std::string> paragraphs) {
    Article a;
    a.language = lang;
    a.sections.push_back(Section{std::nullopt, std::move(paragraphs)});
    return a;
}

bool reads_people(const char* lang, const char* text, Where where = Where::body) {
    const auto lexs = quoting::lexicons_for(lang);
    std::vector<quoting::Word> ws;
    const quoting::WordsSeen seen = quoting::words_into(ws, text, 0, std::string_view(text).size(), &lexs);
    return quoting::may_read_people(quoting::Unit{text, where, 0, 0}, ws, seen);
}

} // namespace

TEST_CASE("a unit may read the page's people only with a mark, a dash of dialogue, a cue or a closing colon",
          "[quotes][units]") {
    struct Row {
        const char* lang;
        const char* text;
        bool reads;
    };
    const Row rows[] = {
        // the writer's words, nobody's
        {"en", "The new bridge over the Lune opened on Monday.", false},
        {"de", "Die neue Brücke über die Ilm wurde am Montag eröffnet.", false},
        {"fr", "Le nouveau pont sur la Vire a ouvert lundi.", false},
        {"es", "El nuevo puente sobre el Tera abrió el lunes.", false},
        // an apostrophe inside a word is no quote mark
        {"fr", "L'ouvrage d'art n'était pas prêt l'an dernier.", false},
        {"en", "The town's engineers didn't expect the delay.", false},
        // quote marks
        {"en", "“It took ten years,” the engineer said.", true},
        {"de", "„Es hat zehn Jahre gedauert“, sagte die Ingenieurin.", true},
        {"fr", "« Il a fallu dix ans », a déclaré l'ingénieure.", true},
        // a cue of reported speech without marks
        {"en", "She said the work would end in May.", true},
        {"de", "Sie sagte, die Arbeiten endeten im Mai.", true},
        {"fr", "Selon la mairie, les travaux finiront en mai.", true},
        // a clause closing on a colon hands the next paragraph's quote to its subject
        {"en", "The list of the works is long:", true},
        {"fr", "Voici le programme des travaux :", true},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(reads_people(row.lang, row.text) == row.reads);
    }
    // "—No vamos a ceder —dijo Lucía Gómez—.": a line of dialogue opens with a dash (in the body only).
    CHECK(reads_people("es", "—Ya está lista la obra del puente"));
    CHECK_FALSE(reads_people("es", "—Ya está lista la obra del puente", Where::caption));
}

TEST_CASE("paragraphs after the last one with a quote or a cue change no quote", "[quotes][units]") {
    const std::vector<std::pair<std::string, std::vector<std::string>>> pages = {
        {"en",
         {"Mayor Ann Roe opened the new bridge over the Lune on Monday.", "“It took ten years,” she said.",
          "Mr. Tom Vale, a local farmer, crossed it first.", "Traffic resumed at noon."}},
        {"de",
         {"Bürgermeisterin Anna Berg hat am Montag die neue Brücke eröffnet.", "„Es hat zehn Jahre gedauert“, sagte sie.",
          "Landwirt Tom Vale fuhr als Erster hinüber.", "Der Verkehr rollt seit Mittag."}},
        {"fr",
         {"La maire Anne Roux a inauguré lundi le nouveau pont.", "« Il a fallu dix ans », a-t-elle déclaré.",
          "L'agriculteur Paul Vire l'a traversé le premier.", "La circulation a repris à midi."}},
    };
    for (const auto& [lang, paragraphs] : pages) {
        INFO(paragraphs.front());
        const std::vector<std::string> head(paragraphs.begin(), paragraphs.begin() + 2);
        const auto all = extract_quotes(page(lang, paragraphs));
        const auto first = extract_quotes(page(lang, head));
        REQUIRE(all.size() == 1);
        REQUIRE(first.size() == 1);
        CHECK(all.front().text == first.front().text);
        CHECK(all.front().speaker == first.front().speaker);
        CHECK(all.front().speaker.has_value());
    }
}
