// A caption in the headline's colon form, "Role Name where: «Q»", quotes the person it names before the colon
// (session 51). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

Article captioned(const std::string& lang, const std::string& caption, std::vector<std::string> paragraphs) {
    Article a = body(lang, std::move(paragraphs));
    a.media.push_back(Media{caption, std::nullopt});
    return a;
}

const Quote* caption_quote(const std::vector<Quote>& qs) {
    for (const Quote& q : qs)
        if (q.where == Where::caption)
            return &q;
    return nullptr;
}

} // namespace

TEST_CASE("a caption's quote after a colon is the person named before it", "[quotes][quotes85]") {
    struct Row {
        const char* lang;
        const char* caption;
        std::vector<std::string> paragraphs;
        const char* text;
        const char* speaker;
    };
    const Row rows[] = {
        {"de",
         "Bürgermeisterin Sommer am Ostkai: »Wir bauen weiter«",
         {"Die Bürgermeisterin Lena Sommer hat am Montag den Bau des zweiten Kais verteidigt.",
          "„Der Kai ist zu kurz“, sagte Sommer. Der Gemeinderat will das Projekt im Frühling noch einmal prüfen."},
         "Wir bauen weiter",
         "Lena Sommer"},
        {"de",
         "Lena Sommer vor den Medien: „Der Kai kommt“",
         {"Die Hafenmeisterin Lena Sommer hat am Montag den Bau des zweiten Kais verteidigt.",
          "„Der Kai ist zu kurz“, sagte Sommer."},
         "Der Kai kommt",
         "Lena Sommer"},
        {"fr",
         "La capitaine Anne Roux devant la presse : « Nous tiendrons »",
         {"La capitaine du port Anne Roux a défendu lundi la construction du second quai.",
          "« Le quai est trop court », a dit Roux. Le conseil veut réexaminer le projet au printemps."},
         "Nous tiendrons",
         "Anne Roux"},
        {"fr",
         "Roux sur le quai : « Le chantier continue »",
         {"La capitaine du port Anne Roux a défendu lundi la construction du second quai.",
          "« Le quai est trop court », a dit Roux."},
         "Le chantier continue",
         "Anne Roux"},
    };
    for (const Row& r : rows) {
        INFO(r.caption);
        const auto qs = extract_quotes(captioned(r.lang, r.caption, r.paragraphs));
        const Quote* q = caption_quote(qs);
        REQUIRE(q != nullptr);
        CHECK(q->text == r.text);
        CHECK(q->kind == QuoteKind::direct);
        CHECK(q->speaker.value_or("") == r.speaker);
    }
    // A place or a thing before the colon names no one: the words stay no one's quote.
    for (const char* caption : {"Der Ostkai im Winter: »Ein Ort der Ruhe«", "Le port sous la neige : « Un havre »"}) {
        INFO(caption);
        const auto qs = extract_quotes(
            captioned(caption[0] == 'D' ? "de" : "fr", caption,
                      {caption[0] == 'D' ? "Die Hafenmeisterin Lena Sommer hat den Bau des Kais verteidigt."
                                         : "La capitaine du port Anne Roux a défendu la construction du quai."}));
        const Quote* q = caption_quote(qs);
        CHECK((q == nullptr || !q->speaker));
    }
}
