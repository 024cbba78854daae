// The cheap tests the byline readers ask before their costly reading of a line, against the plain reading: a gate
// turning a line away must mean the plain reading finds nothing in it. after_colon_label() searches a colon only
// where a label's can stand and settles a line by its first ASCII letter (byline_names.cpp); the signed line under
// the text asks byline_word() of a line's last word before splitting a line with no comma (self_evident_byline(),
// byline_places.cpp); closing_date() asks may_be_byline() before byline_authors() (classify_dates.cpp).
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "lexicon.hpp"
#include "rows.hpp"
#include "text.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

// after_colon_label() as it read before its gates: the first colon anywhere, the label before it collapsed and
// lower-cased, looked up.
std::optional<std::string_view> plain_after_colon_label(std::string_view line) {
    const archive::LexiconSection& labels = archive::any_language_section("colon_byline_labels");
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > labels.longest + 1)
        return std::nullopt;
    if (!labels.has(archive::text::lower(archive::text::collapse(line.substr(0, colon)))))
        return std::nullopt;
    return archive::text::trim(line.substr(colon + 1));
}

} // namespace

TEST_CASE("after_colon_label gives what the plain reading gives", "[byline][speed]") {
    const std::vector<std::string> lines = {
        // labels of several languages, with the colon glued or spaced, capitals, a label opening with a non-ASCII
        // letter
        "Redaktion: Anna Muster", "Texte : Jeanne Morel", "Text: Jane Roe", "TEXTO: Ana Costa", "Testo: Mario Rossi",
        "Autorin: Łucja Żak", "Auteur : Élodie Marchand", "Tekst: Piet de Vries", "Fotos: Lena Brandt",
        // no label: a sentence with a colon late in it, a time, a label of no byline, a colon first
        "Der Rat beschloss am Abend nach langer Sitzung: Die Brücke wird gebaut.", "Um 18:30 beginnt das Konzert",
        "Xylophon: drei Stunden", "Zeit: 3 Minuten", ": Anna Muster", "Öffnungszeiten: 9 bis 17 Uhr",
        "« Redaktion » : Anna Muster", "Éditorial : la mer monte",
        // edges: empty, spaces, a tab before the colon, very long lines
        "", " ", "   Redaktion: Anna Muster", "Redaktion\t: Anna Muster", std::string(3000, 'r') + ": x",
        "Redaktion: " + std::string(3000, 'a'), std::string(2000, ':')};
    for (const std::string& line : lines) {
        INFO(line.substr(0, 80));
        CHECK(archive::after_colon_label(line) == plain_after_colon_label(line));
    }
    // (The rows reach both doors of the gate: a label found, and lines turned away by their first letter.)
    CHECK(archive::after_colon_label("Redaktion: Anna Muster"));
    CHECK(archive::after_colon_label("Texte : Jeanne Morel"));
}

TEST_CASE("a signed line's last word is asked before it is split", "[byline][speed]") {
    // self_evident_byline() reads names off a line of three to five words only where without_closing_role() cut a
    // label off it that byline_word() takes; on a line with no comma that label is its last word.
    const std::vector<std::string> lines = {
        "Lena Muster Autorin", "Jane Roe Author", "Jeanne Morel Auteure", "Ana Costa Autora", "Mario Rossi Autore",
        "Anna Weber, freie Journalistin", "Ben Russo, caporedattore", "Claire Dubois, journaliste",
        "Łucja Żak Autorin", "Jane Roe Author:", "Jane Roe  Author", "Jane\tRoe\tAuthor",
        "Der Hafen am Abend", "Le port du soir", "Il porto di sera", "Weitere Infos Von", "Lena Muster Redakteurin",
        "Jane Roe Photographer", "Jane Roe Author\u00a0", "", "Author", std::string(500, 'a') + " Author"};
    for (const std::string& line : lines) {
        INFO(line.substr(0, 80));
        const std::string_view bare = archive::without_closing_role(line);
        const std::size_t label_at = static_cast<std::size_t>(bare.data() - line.data()) + bare.size();
        const bool plain = label_at < line.size() &&
                           archive::byline_word(archive::text::trim(std::string_view(line).substr(label_at)));
        const auto words = archive::text::split_ws(line);
        const bool gate = line.find(',') != std::string::npos || (!words.empty() && archive::byline_word(words.back()));
        CHECK((gate || !plain));
    }
    CHECK(archive::byline_word(archive::text::split_ws("Lena Muster Autorin").back()));
}

TEST_CASE("a closing date line's byline gate gives what byline_authors gives", "[byline][speed]") {
    const std::vector<std::string> lines = {
        "Von Anna Muster | 12.03.2024", "Por Ana Costa 03/05/2022 20:36", "Par Jeanne Morel, le 3 mars 2024",
        "By Jane Roe, March 3, 2024", "Redaktion: Anna Muster 12.03.2024", "da Mario Rossi, 3 marzo 2024",
        "12. März 2024 Anna Muster", "March 3, 2024 · 4 min read", "Publié le 3 mars 2024 à 14h05",
        "Aktualisiert am 12.03.2024, 18:20 Uhr", "Opublikowano 3 marca 2024", "2024", ""};
    for (const std::string& line : lines) {
        if (line.empty())
            continue;
        for (const char* language : {"en", "de", "fr", "es", "it", "pl", ""}) {
            INFO(line << " / " << language);
            const archive::Block b = archive::test::block_of(line);
            const bool plain = archive::byline_authors(b.text, language).has_value();
            const bool gated = archive::may_be_byline(b) && archive::byline_authors(b.text, language).has_value();
            CHECK(plain == gated);
        }
    }
}

TEST_CASE("text::last_token is the last token of split_ws", "[byline][speed][text]") {
    for (const std::string& line : std::vector<std::string>{
             "Lena Muster Autorin", "« Article précédent", "Nächster Artikel →", "Jane\tRoe\tAuthor", "Jane Roe  ",
             "one", "", "   ", "\t\n", "Łucja Żak", "Jane Roe Author\u00a0", std::string(3000, 'a') + " →"}) {
        INFO(line.substr(0, 80));
        const auto words = archive::text::split_ws(line);
        CHECK(archive::text::last_token(line) == (words.empty() ? std::string_view() : words.back()));
    }
}
