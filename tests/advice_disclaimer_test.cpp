// A health, law or money guide's notice under its text that it gives no personal advice (probe66 R4): "Wichtiger
// Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung." stayed the body's last paragraph. It leaves the region
// with the closing notices (src/notices.cpp advice_disclaimer(); lexicon sections advice_disclaimer_words,
// advice_disclaimer_phrases). Invented lines and pages.
#include <catch2/catch.hpp>

#include "advice_disclaimers.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

using namespace archive;

TEST_CASE("a notice that the text replaces no advice is an advice disclaimer in any language",
          "[notices][advice_disclaimer]") {
    for (const char* line : {"Wichtiger Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung oder Behandlung.",
                             "Die Inhalte dienen der Information und sind kein Ersatz für eine Rechtsberatung.",
                             "This article is for information only and is not a substitute for professional "
                             "medical advice.",
                             "The content does not replace a consultation with your doctor.",
                             "Cet article ne remplace pas l'avis d'un médecin ni une consultation.",
                             "Ces informations ne sauraient remplacer le conseil d'un avocat."}) {
        INFO(line);
        CHECK(advice_disclaimer(test::block_of(line)));
    }
    // The phrase with no advice named, or the advice with no phrase: the text's own sentences.
    for (const char* line : {"Das neue Dach ersetzt keine Sanierung der ganzen Fassade, sagte der Architekt.",
                             "Die Ärztin rät zu einer Beratung in der Apotheke, bevor man Tabletten nimmt.",
                             "The new ferry does not replace the old bridge, the council said on Monday.",
                             "Le nouveau pont ne remplace pas le bac, a précisé le maire."}) {
        INFO(line);
        CHECK_FALSE(advice_disclaimer(test::block_of(line)));
    }
}

TEST_CASE("an advice disclaimer under the text's last paragraph leaves the region", "[region][advice_disclaimer]") {
    test::check_tail_leaves("de",
                            "Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine Informationen und ersetzt "
                            "keine ärztliche Beratung.\nDatenschutz\n",
                            "Wichtiger Hinweis");
    test::check_tail_leaves("en",
                            "Please note: this guide is general information and is not a substitute for advice from "
                            "your doctor.\nPrivacy\n",
                            "Please note");
}
