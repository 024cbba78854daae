// quotes82: according phrases and opinion leads. A former office word between the article and the role noun ("Pour
// l'ancien ministre X, ...") and a relative after the preposition ("..., a conclu la ministre, selon qui ...") standing
// for the words before its comma; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an opinion lead whose role noun follows a former office word is read", "[quotes][quotes82]") {
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* text;
        const char* cue;
        const char* mention;
    };
    const std::vector<Row> rows{
        {"fr", "Pour l'ancien ministre Paul Girard, il s'agit d'\u00ABune manoeuvre de diversion\u00BB.",
         "une manoeuvre de diversion", "Pour", "l'ancien ministre Paul Girard"},
        {"fr", "Pour l'ancienne maire, la fermeture du port \u00E9tait \u00AB in\u00E9vitable \u00BB.", "in\u00E9vitable",
         "Pour", "l'ancienne maire"},
        {"it", "Per l'ex sindaco Marco Ferri, si tratta di \u00ABuna scelta sbagliata\u00BB.", "una scelta sbagliata",
         "Per", "l'ex sindaco Marco Ferri"},
        {"es", "Para el ex alcalde Pedro Vidal, el proyecto es \u00ABun error\u00BB.", "un error", "Para",
         "el ex alcalde Pedro Vidal"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(page(r.lang, "", {r.paragraph}));
        const Quote* q = quote_of(qs, r.text);
        REQUIRE(q);
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(q->mention.value_or("") == r.mention);
    }
    // (a former word before no role noun nor name opens no one's opinion)
    for (const auto& [lang, paragraph] : std::vector<std::pair<const char*, const char*>>{
             {"fr", "Pour l'ancien r\u00E9gime, la fermeture du port \u00E9tait \u00AB in\u00E9vitable \u00BB."},
             {"fr", "Pour la premi\u00E8re fois, le port a \u00AB tout arr\u00EAt\u00E9 \u00BB."},
             {"it", "Per l'ex stazione, il progetto \u00E8 \u00ABun errore\u00BB."}}) {
        INFO(paragraph);
        for (const auto& q : extract_quotes(page(lang, "", {paragraph})))
            CHECK(q.cue.value_or("") != (std::string(lang) == "fr" ? "Pour" : "Per"));
    }
}

TEST_CASE("a relative after an according preposition stands for the words before its comma", "[quotes][quotes82]") {
    check_quotes({
        {"fr",
         {"La ministre Claire Vasseur d\u00E9fend le budget devant les d\u00E9put\u00E9s.",
          "\u00AB Nous tiendrons le calendrier \u00BB, a conclu la ministre, selon qui le texte sera adopt\u00E9 \u00AB avant "
          "No\u00EBl \u00BB."},
         "avant No\u00EBl",
         "Claire Vasseur",
         "la ministre"},
        {"it",
         {"Il sindaco Marco Ferri ha presentato il piano per il porto.",
          "\u00ABFaremo presto\u00BB, ha detto Marco Ferri, secondo cui i lavori finiranno \u00ABentro l'estate\u00BB."},
         "entro l'estate",
         "Marco Ferri",
         "Marco Ferri"},
        {"es",
         {"La alcaldesa Rosa Delgado present\u00F3 el plan del puerto.",
          "\u00ABLo haremos pronto\u00BB, dijo Rosa Delgado, seg\u00FAn la cual las obras acabar\u00E1n \u00ABen verano\u00BB."},
         "en verano",
         "Rosa Delgado",
         "Rosa Delgado"},
    });
    // (the cue is the preposition; no clause after it is taken for the mention)
    const auto qs = extract_quotes(page(
        "fr", "",
        {"La ministre Claire Vasseur d\u00E9fend le budget devant les d\u00E9put\u00E9s.",
         "\u00AB Nous tiendrons le calendrier \u00BB, a conclu la ministre, selon qui le texte sera adopt\u00E9 \u00AB avant "
         "No\u00EBl \u00BB."}));
    const Quote* q = quote_of(qs, "avant No\u00EBl");
    REQUIRE(q);
    CHECK(q->cue.value_or("") == "selon");
    // (a relative after a comma whose words before name no one: no mention from them)
    const auto none = extract_quotes(page(
        "fr", "", {"Le port a rouvert mardi, selon qui le trafic reprendra \u00AB avant No\u00EBl \u00BB."}));
    for (const auto& x : none)
        CHECK(x.mention.value_or("").find("trafic") == std::string::npos);
}
