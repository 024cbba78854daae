// A paragraph's reported speech and its quoted spans read in one pass, in reading order: the quotes of a paragraph
// come as the text gives them, and a pronoun after reported speech stands for its speaker (named or not). Every line
// is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_rows.hpp"

#include <string>
#include <vector>

using archive::quote_rows::check_quotes;

namespace {

// A paragraph and the texts of its quotes, in the order expected.
struct OrderRow {
    const char* lang;
    const char* paragraph;
    std::vector<std::string> texts;
};

void check_order(const std::vector<OrderRow>& rows) {
    for (const OrderRow& r : rows) {
        INFO(r.paragraph);
        const auto qs = archive::extract_quotes(archive::quote_rows::page(r.lang, "", {r.paragraph}));
        std::vector<std::string> texts;
        for (const auto& q : qs)
            texts.push_back(q.text);
        CHECK(texts == r.texts);
    }
}

} // namespace

TEST_CASE("a paragraph's indirect and direct quotes come in reading order", "[quotes][indirect][order]") {
    check_order({
        {"en",
         "The harbour master said that the pumps had failed shortly after midnight. \"We lost the east quay within an "
         "hour,\" he added.",
         {"the pumps had failed shortly after midnight", "We lost the east quay within an hour"}},
        {"fr",
         "La directrice du musée a affirmé que les réserves avaient été épargnées par l'eau. « Nous avons tout monté "
         "au grenier la veille », a-t-elle ajouté.",
         {"les réserves avaient été épargnées par l'eau", "Nous avons tout monté au grenier la veille"}},
        {"de",
         "Der Leiter der Feuerwache sagte, die Keller seien bis zum Abend geräumt worden. „Wir haben die ganze Nacht "
         "gepumpt“, fügte er hinzu.",
         {"die Keller seien bis zum Abend geräumt worden", "Wir haben die ganze Nacht gepumpt"}},
        {"es",
         "La directora del hospital aseguró que los quirófanos siguieron funcionando toda la noche. «Nadie se fue a "
         "casa», añadió.",
         {"los quirófanos siguieron funcionando toda la noche", "Nadie se fue a casa"}},
        // a quote, then reported speech after it: the order of the text too (a guard: so it was before)
        {"en",
         "\"We were ready for the storm,\" the harbour master said. The coastguard said that two boats had been "
         "towed back to port before dawn.",
         {"We were ready for the storm", "two boats had been towed back to port before dawn"}},
    });
}

TEST_CASE("a pronoun after reported speech in its paragraph stands for the reported speaker",
          "[quotes][indirect][order]") {
    check_quotes({
        // the description of the reported speech names a person of the page; the man named last is someone else
        {"en",
         {"Mayor Tom Reed toured the flooded quay on Tuesday with the governor, Mark Bell.",
          "The mayor said that the town would pay for the repairs. \"Nobody will be left to pay for this alone,\" he "
          "added."},
         "Nobody will be left to pay for this alone",
         "Tom Reed",
         "he"},
        {"fr",
         {"Le maire Paul Girard a visité le port mardi avec le préfet Marc Blanc.",
          "Le maire a affirmé que la commune paierait les réparations. « Personne ne restera seul face à la "
          "facture », a-t-il ajouté."},
         "Personne ne restera seul face à la facture",
         "Paul Girard",
         "il"},
        // the reported speaker is someone the text does not name: the pronoun stands for them, not the man named last
        {"en",
         {"Mayor Tom Reed toured the flooded quay on Tuesday with the governor, Mark Bell.",
          "A spokesman for the port said that the cranes would stay shut until Friday. \"We have to check every "
          "cable,\" he said."},
         "We have to check every cable",
         ""},
        {"fr",
         {"Le maire Paul Girard a visité le port mardi avec le préfet Marc Blanc.",
          "Un porte-parole du port a affirmé que les grues resteraient fermées jusqu'à vendredi. « Il faut vérifier "
          "chaque câble », a-t-il précisé."},
         "Il faut vérifier chaque câble",
         ""},
    });
}
