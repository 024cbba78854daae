// Table-driven tests of the quotes stage: the forms a cue takes in each language (verbs of judging and naming, cues
// typed without their accents), a nickname inside the name of an attribution and markup attributes in a dump.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "quotes.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;
using namespace archive::quote_rows;

namespace {

bool has_quote(const std::vector<Quote>& qs, const std::string& text) {
    return std::any_of(qs.begin(), qs.end(), [&](const Quote& q) { return q.text == text; });
}

} // namespace

TEST_CASE("a word quoted after a verb of judging or naming and its object is the subject's", "[quotes][cue_forms]") {
    check_speakers({
        // verbs of judging ("consideró") and of naming ("tachó de", "definió como"), with their object
        {"es", "La jueza Ana Lozano consideró el fallo «histórico».", "histórico", "Ana Lozano"},
        {"es", "El ministro Andrés Vidal tachó la reforma de «inútil».", "inútil", "Andrés Vidal"},
        {"es", "La alcaldesa Rosa Prieto definió el plan como «una chapuza».", "una chapuza", "Rosa Prieto"},
        // Portuguese had none of them listed
        {"pt", "A juíza Marta Reis classificou a decisão de “histórica”.", "histórica", "Marta Reis"},
        {"pt", "O ministro Pedro Lobo chamou o plano de “farsa” no parlamento.", "farsa", "Pedro Lobo"},
        {"pt", "A presidente Inês Moura considerou a reforma “necessária”.", "necessária", "Inês Moura"},
        // an auxiliary before the participle ("ha bollato", "a évoqué")
        {"it", "Il ministro Carlo Neri ha bollato la riforma come «inutile».", "inutile", "Carlo Neri"},
        {"fr", "Le ministre Paul Garnier a évoqué une « avancée majeure ».", "avancée majeure", "Paul Garnier"},
        // (the forms found before: the same kind of sentence in German and English)
        {"de", "Der Hausarzt Peter Gradl nennt den Kandidaten „topfit“.", "topfit", "Peter Gradl"},
        {"en", "The physician Ann Lowe called the candidate “fit” on Monday.", "fit", "Ann Lowe"},
    });
}

TEST_CASE("titles, names and words kept at a distance stay no quote in Portuguese", "[quotes][cue_forms]") {
    // A quoted title after a noun of titles, or a word after "chamado" (so-called), is nobody's words even in a
    // sentence with a cue; a verb of naming before capitalised words makes them words said.
    const auto titles = extract_quotes(body("pt", {"O crítico Rui Sales disse que o filme “Noite no Porto” "
                                                   "estreia em maio.",
                                                   "O ministro Pedro Lobo disse que o chamado “pacote verde” vai "
                                                   "custar caro às famílias."}));
    CHECK_FALSE(has_quote(titles, "Noite no Porto"));
    CHECK_FALSE(has_quote(titles, "pacote verde"));
    check_speakers({{"pt", "No debate, o deputado Rui Sales chamou o rival de “Senhor Ninguém” duas vezes.",
                     "Senhor Ninguém", "Rui Sales"}});
}

TEST_CASE("cues typed without their accents are cues in a text without accents", "[quotes][cue_forms]") {
    check_speakers({
        {"es", "“No hay marcha atras en la reforma”, declaro el vocero Julio Paredes.",
         "No hay marcha atras en la reforma", "Julio Paredes"},
        {"es", "Segun explico el ministro Tomas Herrera, el plan “no tiene vuelta atras” y se votara en abril.",
         "no tiene vuelta atras", "Tomas Herrera"},
        {"fr", "« nous irons jusqu'au bout de cette reforme », a declare le ministre Paul Garnier.",
         "nous irons jusqu'au bout de cette reforme", "Paul Garnier"},
    });
    check_quotes({{"fr",
                   {"le ministre Paul Garnier est arrive a Lyon lundi avec une equipe nouvelle.",
                    "« il n'y a pas de retour en arriere », precise-t-il apres la reunion."},
                   "il n'y a pas de retour en arriere", "Paul Garnier"}});
    // "como el mismo dijo": "él" typed without its accent, before "mismo" and a cue, is the pronoun, not an article.
    check_quotes({{"es",
                   {"El presidente Tomás Herrera llegó al palacio en marzo con un equipo joven.",
                    "Su inicio fue, como el mismo dijo, un arranque “accidentado” en las primeras semanas."},
                   "accidentado", "Tomás Herrera"}});
    // In a text with its accents, a word that writes a cue without its accent is another word: "relato" is a story,
    // "anuncio" an announcement.
    const std::string s = "El relato del testigo y el anuncio de la policía llegaron tarde.";
    CHECK(find_cues(s, 0, s.size(), "es").empty());
    const std::string plain = "El relato del testigo llego tarde, anuncio la policia.";
    CHECK(find_cues(plain, 0, plain.size(), "es").size() >= 1);
}

// (The speaker is the name as written, its nickname in it, as for a name of the text: the mention is read without it.)
TEST_CASE("a nickname inside the name of an attribution parts neither the name nor the quotes",
          "[quotes][cue_forms]") {
    check_quotes({
        {"en", {"“We will win,” said Ellen “Nell” Brooks. “The count is on our side.”"},
         "We will win, The count is on our side.", "Ellen “Nell” Brooks", "Ellen Brooks"},
        {"en", {"“We are not done yet,” Ellen “Nell” Brooks said, “the rural vote comes last.”"},
         "We are not done yet, the rural vote comes last.", "Ellen “Nell” Brooks"},
        {"de", {"„Wir gewinnen die Wahl“, sagte Daniela „Danni“ Brauer am Abend."}, "Wir gewinnen die Wahl",
         "Daniela „Danni“ Brauer"},
        {"es", {"«Vamos a ganar la elección», dijo Antonio «Toño» Ruiz ante sus seguidores."},
         "Vamos a ganar la elección", "Antonio «Toño» Ruiz"},
        {"fr", {"« Nous allons gagner », a déclaré Jean « Jeannot » Morel devant ses partisans."},
         "Nous allons gagner", "Jean « Jeannot » Morel"},
        // (a stop word before the marks opens no person's name)
        {"en", {"The “Blue” Lagoon reopened on Monday after a long winter of repairs.",
                "“We missed the visitors,” Lagoon said in a statement."},
         "We missed the visitors", "Lagoon"},
    });
}

TEST_CASE("the value of a markup attribute in a dump is no quote", "[quotes][marks][cue_forms]") {
    CHECK(quoted("<blockquote class=\"twitter-tweet\" tweet-author=\"Jane Doe\" data-lang=\"en\">") ==
          std::vector<std::string>{});
    CHECK(quoted("<figure data-caption='Waves hit the pier at dawn'> He said \"no\" twice.") ==
          std::vector<std::string>{"no"});
    const auto qs = extract_quotes(body("en", {"<div data-quote=\"We will reopen the harbour as soon as it is safe\" "
                                               "data-speaker=\"Paul Brown\"></div>"}));
    CHECK(qs.empty());
    const auto de = extract_quotes(body("de", {"<figure data-caption=\"Wellen schlagen am Morgen über die alte "
                                               "Hafenmauer\"></figure>"}));
    CHECK(de.empty());
}

TEST_CASE("the imperfect of a speech verb, a writer's recollection, is a cue", "[quotes][cue_forms]") {
    check_only_quotes(
        {
            {"fr", "La maire Anne Ravel me confiait récemment qu'il fallait « trois semaines pour un appel d'offres ».",
             "trois semaines pour un appel d'offres", "confiait", "La maire Anne Ravel"},
            {"fr", "Le préfet Marc Olivier expliquait alors que la route restait « trop étroite pour les camions ».",
             "trop étroite pour les camions", "expliquait", "Le préfet Marc Olivier"},
            {"es", "El alcalde Tomás Vera me contaba que hacían falta «tres semanas para un concurso».",
             "tres semanas para un concurso", "contaba", "El alcalde Tomás Vera"},
            {"es", "La jueza Elena Soler explicaba entonces que el plazo era «demasiado corto para todos».",
             "demasiado corto para todos", "explicaba", "La jueza Elena Soler"},
        },
        QuoteKind::partial);
}
