// Table-driven tests of the quotes stage on invented lines of shapes a probe of fresh pages found unread: verbs of the
// manner of speaking after a quote ("„Q“, schimpft X"), dialogue dashes with the cue's clitics between ("—le
// respondió"), French dialogue that closes no dash ("— Q ? lui a demandé X."), the incise between dashes inside the
// marks ("«Q1 —aseguró X— q2»"), and the follow-on quote after "'Q1,' X said." in straight single marks.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quotes.hpp"

#include <string>
#include <tuple>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a verb of scolding, grumbling or snorting after a quote and its comma is the cue",
          "[quotes][manner_cues][dashes_marks]") {
    check_cues({
        {"de", {"„So ein Chaos hab ich seit Jahren nicht erlebt“, schimpft Uwe Petersen (64)."},
         "So ein Chaos hab ich seit Jahren nicht erlebt", "schimpft", "Uwe Petersen"},
        {"de", {"„Der Bus kommt hier nie pünktlich“, poltert Karla Wendt vor dem Rathaus."},
         "Der Bus kommt hier nie pünktlich", "poltert", "Karla Wendt"},
        {"en", {"\"Nobody from the council has been out here once,\" fumes Deepa Shenoy."},
         "Nobody from the council has been out here once", "fumes", "Deepa Shenoy"},
        {"en", {"\"We waited two hours for a bus that never came,\" grumbled Arthur Penn at the depot."},
         "We waited two hours for a bus that never came", "grumbled", "Arthur Penn"},
        {"fr", {"« On nous a oubliés depuis des années », grogne Josiane Marchal, 72 ans."},
         "On nous a oubliés depuis des années", "grogne", "Josiane Marchal"},
        {"it", {"«Sempre la stessa storia con questo arbitro», sbuffa Matteo Zanchi."},
         "Sempre la stessa storia con questo arbitro", "sbuffa", "Matteo Zanchi"},
        {"es", {"«Cada invierno pasa lo mismo con la calefacción», resopla Marta Ferrer en el portal."},
         "Cada invierno pasa lo mismo con la calefacción", "resopla", "Marta Ferrer"},
        {"pt", {"\"Ninguém nos avisou de nada\", desabafa Rosa Teixeira à porta da loja."},
         "Ninguém nos avisou de nada", "desabafa", "Rosa Teixeira"},
        {"nl", {"\"Ik moest om acht uur in Gent zijn en stond hier nog om tien uur\", lacht Dirk Peeters."},
         "Ik moest om acht uur in Gent zijn en stond hier nog om tien uur", "lacht", "Dirk Peeters"},
        // (the verbs of recalling and writing are speech verbs wherever they stand: Portuguese had neither)
        {"pt", {"\"Ela dizia sempre que o barro não mente\", recorda a neta, Inês Rebelo."},
         "Ela dizia sempre que o barro não mente", "recorda", "Inês Rebelo"},
        {"pt", {"\"A cidade perde uma mestre\", escreveu Henrique Matos numa nota."},
         "A cidade perde uma mestre", "escreveu", "Henrique Matos"},
        {"it", {"Ivo Lanza ha chiuso la partita con ventidue punti.", "«Non guardo mai le statistiche», ha minimizzato lui."},
         "Non guardo mai le statistiche", "ha minimizzato", "Ivo Lanza"},
        {"pl", {"„Na razie nikt nie chce tu mieszkać” – zażartował Jan Wrona."},
         "Na razie nikt nie chce tu mieszkać", "zażartował", "Jan Wrona"},
        // (a cue found now names a description: its generic noun leads back to the role named before, [role_kinds])
        {"fr",
         {"Le directeur de l'usine, Paul Roux, est arrivé à l'aube.",
          "— Nous rouvrirons la ligne dès lundi, a répondu le dirigeant."},
         "Nous rouvrirons la ligne dès lundi", "a répondu", "Paul Roux"},
    });
}

TEST_CASE("a verb of grumbling away from a closing quote is no cue", "[quotes][manner_cues][dashes_marks]") {
    // Someone who grumbles or fumes before a quote says nothing by it: the verb is not the quote's cue.
    for (const auto& [lang, para, text, verb] : {
             std::tuple{"de", "Uwe Petersen schimpft über das Wort „Baustelle“ auf dem Schild.", "Baustelle", "schimpft"},
             std::tuple{"en", "Deepa Shenoy fumed at the word “temporary” on the sign.", "temporary", "fumed"},
             std::tuple{"fr", "Josiane Marchal grogne devant le mot « provisoire » sur le panneau.", "provisoire",
                        "grogne"},
         }) {
        INFO(para);
        const auto qs = extract_quotes(body(lang, {para}));
        const Quote* q = find_quote(qs, text);
        if (q != nullptr)
            CHECK(q->cue.value_or("") != verb);
    }
}

TEST_CASE("a dialogue line's cue may have its clitic pronouns after the dash", "[quotes][dialogue][dashes_marks]") {
    check_cues({
        {"es",
         {"La concejala Marta Segarra defendió el censo.",
          "—Ninguno de los que figuran en el censo —le respondió la concejala en un comunicado."},
         "Ninguno de los que figuran en el censo", "respondió", "Marta Segarra"},
        {"es", {"—Volveremos la semana que viene —les dijo Pilar Campos a los vecinos."},
         "Volveremos la semana que viene", "dijo", "Pilar Campos"},
        {"it", {"– Non lo sapevo nemmeno io – gli ha risposto Carla Fontana."},
         "Non lo sapevo nemmeno io", "ha risposto", "Carla Fontana"},
    });
}

TEST_CASE("a line opening with a dash and closing on the clause of its cue is a line of dialogue",
          "[quotes][dialogue][dashes_marks]") {
    check_cues({
        // French dialogue closes no dash: the words run to the comma or question mark before the cue's clause.
        {"fr", {"— Nous les basculerons vers notre dépôt de Vierzon dès lundi, a répondu Philippe Garnier."},
         "Nous les basculerons vers notre dépôt de Vierzon dès lundi", "a répondu", "Philippe Garnier"},
        {"fr", {"— Et les commandes en cours ? lui a demandé Julie Mercier."}, "Et les commandes en cours ?",
         "a demandé", "Julie Mercier"},
        {"fr", {"Le patron, Paul Mercadier, est descendu dans l'atelier.", "— On ferme à midi, dit-il."},
         "On ferme à midi", "dit-il", "Paul Mercadier"},
        {"es", {"—Nadie sabía nada del cierre, respondió Lucía Varela."}, "Nadie sabía nada del cierre",
         "respondió", "Lucía Varela"},
    });
    for (const auto& q : extract_quotes(body("fr", {"— Nous les basculerons vers notre dépôt dès lundi, a répondu "
                                                    "Philippe Garnier."})))
        CHECK(q.kind == QuoteKind::direct);
}

TEST_CASE("a dash opening a line whose cue's clause runs on is no dialogue", "[quotes][dialogue][dashes_marks]") {
    // A dashed item whose cue stands in the middle of a long clause: the words before the comma are nobody's.
    for (const auto& [lang, para, text] : {
             std::tuple{"fr",
                        "— Le marché couvert, dit le guide de la ville, ouvre à huit heures et ferme à midi tous les "
                        "samedis de l'année.",
                        "Le marché couvert"},
             std::tuple{"es",
                        "—El mercado, dice la guía de la ciudad, abre a las ocho y cierra a mediodía todos los "
                        "sábados del año.",
                        "El mercado"},
         }) {
        INFO(para);
        CHECK(find_quote(extract_quotes(body(lang, {para})), text) == nullptr);
    }
}

TEST_CASE("an incise between dashes inside the marks splits the quote and names its speaker",
          "[quotes][incises][dashes_marks]") {
    check_cues({
        {"es",
         {"«Es una expropiación encubierta —aseguró su presidente, Jorge Albiol— y no resistirá el primer recurso»."},
         "Es una expropiación encubierta y no resistirá el primer recurso", "aseguró", "Jorge Albiol"},
        {"it", {"«Non è ancora finita –ha detto il sindaco, Carlo Neri– e lo vedrete già a marzo»."},
         "Non è ancora finita e lo vedrete già a marzo", "ha detto", "Carlo Neri"},
        {"pt", {"«Isto não acaba aqui —garantiu a presidente, Ana Lopes— e vamos recorrer da decisão»."},
         "Isto não acaba aqui e vamos recorrer da decisão", "garantiu", "Ana Lopes"},
    });
    // Dashes of parenthesis with no cue after the first are the speaker's own words.
    const auto qs = extract_quotes(body("es", {"«El puente —que cerró en enero— no abrirá antes del verano», dijo "
                                               "Lucía Gómez."}));
    CHECK(find_quote(qs, "El puente —que cerró en enero— no abrirá antes del verano") != nullptr);
}

TEST_CASE("a follow-on quote in straight single marks is read as in double marks", "[quotes][single_marks][dashes_marks]") {
    // "'Q1,' X said. 'Q2.'": the second quote opens a sentence of its own (English joins it to Q1 as with "…").
    const auto en = extract_quotes(body(
        "en", {"'Some of these residents had dementia,' Ms Rhiannon Clegg said. 'She chose them for that reason.'"}));
    const Quote* joined = find_quote(en, "Some of these residents had dementia, She chose them for that reason.");
    REQUIRE(joined != nullptr);
    CHECK(joined->kind == QuoteKind::direct);
    CHECK(joined->speaker.value_or("") == "Rhiannon Clegg");
    // Elsewhere the second quote is a direct one of its own, not words inside the writer's sentence.
    const auto nl = extract_quotes(
        body("nl", {"'We hebben alles geprobeerd,' zei Els Janssens. 'Het water kwam te snel.'"}));
    const Quote* second = find_quote(nl, "Het water kwam te snel.");
    REQUIRE(second != nullptr);
    CHECK(second->kind == QuoteKind::direct);
}
