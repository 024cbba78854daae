// Texts in Latin letters of languages without word lists here (Romanian, Danish, Swedish, Turkish, Hungarian): they
// share short words with French, Spanish or English ("la", "de", "for", "at"), which must not name one of ours; their
// own letters (foreign_latin(), src/language.cpp) say so. A page of ours naming a place or a person of theirs keeps its
// language. Every text is invented.
#include "lexicon.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace archive;

namespace {

// (Long enough for the stopword count to decide: a Danish text shares "for", "at", "i", "en" with English.)
const char* const romanian_page =
        "Consiliul local aprobă prelungirea liniei de tramvai\n"
        "\n"
        "Consiliul local a aprobat marți un credit de douăsprezece milioane de lei pentru prelungirea liniei de tramvai până la gară, în ciuda opoziției, care consideră proiectul prea scump pentru oraș.\n"
        "\n"
        "Primarul a declarat că lucrările vor începe în primăvară și vor dura trei ani. „Este un proiect important pentru toți locuitorii cartierului\", a spus acesta în fața consilierilor.\n"
        "\n"
        "Opoziția a cerut un studiu de impact și a anunțat că va contesta hotărârea în instanță. Potrivit reprezentanților ei, costurile au fost subestimate, iar traseul ales afectează zeci de case din zona de nord a orașului.\n"
        "\n"
        "Locuitorii din cartier sunt împărțiți. Unii salută noua legătură cu centrul, alții se tem de zgomot și de lucrările care vor bloca strada principală timp de luni întregi.\n"
        "\n"
        "Municipalitatea a promis că va organiza o dezbatere publică la începutul anului viitor, înainte de semnarea contractului cu firma care va executa lucrările.\n";
const char* const danish_page =
        "Byrådet godkender forlængelse af sporvognslinjen\n"
        "\n"
        "Byrådet godkendte tirsdag en bevilling på tolv millioner kroner til at forlænge sporvognslinjen til stationen, på trods af modstand fra oppositionen, som mener, at projektet er for dyrt for byen.\n"
        "\n"
        "Borgmesteren sagde, at arbejdet vil begynde til foråret og vare tre år. \"Det er et vigtigt projekt for alle beboere i kvarteret,\" sagde han over for byrådet.\n"
        "\n"
        "Oppositionen har krævet en konsekvensanalyse og meddelt, at den vil klage over beslutningen. Ifølge dens repræsentanter er udgifterne undervurderet, og den valgte rute påvirker snesevis af huse i den nordlige del af byen.\n"
        "\n"
        "Beboerne i kvarteret er delte. Nogle glæder sig over den nye forbindelse til centrum, andre frygter støj og det arbejde, der vil spærre hovedgaden i flere måneder.\n"
        "\n"
        "Kommunen har lovet at holde et offentligt møde i begyndelsen af næste år, før kontrakten med det firma, der skal udføre arbejdet, bliver underskrevet.\n";

} // namespace

TEST_CASE("a text in the Latin letters of a language without word lists tells no language", "[language]") {
    CHECK(detect_language(romanian_page).empty());
    CHECK(detect_language(danish_page).empty());
    for (const char* text : {
             // sv: "för", "att", "på" and å
             "Kommunfullmäktige godkände på tisdagen ett anslag på tolv miljoner för att förlänga spårvägen till "
             "stationen, trots motstånd från högern som anser att projektet är för dyrt för staden.",
             // tr: ı and ğ
             "Belediye meclisi salı günü tramvay hattının istasyona kadar uzatılması için on iki milyonluk krediyi "
             "onayladı, ancak muhalefet projeyi şehir için çok pahalı buluyor.",
             // hu: ő and ű
             "A városi közgyűlés kedden jóváhagyta a villamosvonal meghosszabbítását az állomásig, bár az ellenzék "
             "szerint a terv túl drága, és a lakók is tiltakoznak a kivitelező ellen a második ülésen.",
         }) {
        INFO(text);
        CHECK(detect_language(text).empty());
    }
}

TEST_CASE("a page of ours naming a foreign place or person keeps its language", "[language]") {
    CHECK(detect_language("Le ministre danois de l'Énergie, Søren Kjærgaard, a inauguré mardi le parc éolien au "
                          "large de Ærøskøbing, qui alimentera 200 000 foyers selon l'exploitant.") == "fr");
    CHECK(detect_language("Die rumänische Ministerin Ștefania Constantinescu besuchte am Dienstag die Baustelle der "
                          "neuen Brücke über die Donau bei Brăila und sprach mit den Arbeitern.") == "de");
    CHECK(detect_language("The Turkish minister, Ayşegül Yıldırım, said on Tuesday that the new port near İzmir "
                          "would open next year and employ about two thousand people from the region.") == "en");
}

