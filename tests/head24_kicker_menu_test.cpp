// The section's label right over the headline, under the page's menu: the menu copied as one line without its
// separators and ending with the label ("News Politics Business Culture Sport Long Read" / "Long Read"), or a menu
// one entry a line whose last entry the label prints again ("Opinión" / "Opinión"). Invented pages without blank
// lines, as a scraper's innerText copies them.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <tuple>

using namespace archive;

namespace {

const char* const rest_en = "Town library to open on Sundays from April after years of requests\n"
                            "By Jane Roe\n"
                            "The town library will open on Sundays from April, the council said on Tuesday after a long debate.\n"
                            "Two new librarians have been hired, and volunteers from the reading club will help at the desk.\n"
                            "Parents have asked for years for a day when working families can borrow books together.\n"
                            "The council expects visits to rise by a third within the first year of the new hours.\n";
const char* const rest_nl = "Bibliotheek gaat vanaf april ook op zondag open\n"
                            "Door Sofie Claes\n"
                            "De bibliotheek gaat vanaf april ook op zondag open, zo besliste de gemeenteraad dinsdagavond na een lang debat.\n"
                            "Er zijn twee nieuwe bibliothecarissen aangenomen en vrijwilligers van de leesclub helpen aan de balie.\n"
                            "Ouders vroegen al jaren om een dag waarop werkende gezinnen samen boeken kunnen lenen.\n"
                            "De gemeente verwacht dat het aantal bezoekers in het eerste jaar met een derde stijgt.\n";
const char* const rest_de = "Die Fähre nach Erlach fährt ab März wieder jeden Tag\n"
                            "Von Anna Keller\n"
                            "Die Fähre zwischen Erlach und der Insel fährt ab März wieder jeden Tag, wie der Kanton am Dienstag mitteilte.\n"
                            "Im Winter war der Betrieb auf die Wochenenden beschränkt, weil das Schiff in der Werft überholt wurde.\n"
                            "Die Gemeinden am See hatten sich seit Jahren für einen täglichen Betrieb eingesetzt.\n"
                            "Der Vertrag mit der Schifffahrtsgesellschaft läuft nun bis 2034, teilte der Kanton weiter mit.\n";
const char* const rest_es = "El transbordador del puerto saldrá cada diez minutos a partir de mayo\n"
                            "Por Lucía Ferrer\n"
                            "El transbordador del puerto saldrá cada diez minutos desde mayo, anunció el martes el ayuntamiento tras la votación.\n"
                            "Las dos nuevas embarcaciones se construyeron en el astillero del muelle norte y sustituyen a las antiguas.\n"
                            "Los pasajeros de la primera travesía se quejan desde hace años de las cubiertas llenas y de las colas en verano.\n"
                            "El ayuntamiento espera que el número de pasajeros se duplique en dos años con el nuevo horario.\n";

// The pages {language, the page down to the label over the headline, that label, the headline and the text}: each
// label comes out as the kicker, and the headline is another line.
using LabelPage = std::tuple<const char*, const char*, const char*, const char*>;

template <std::size_t N>
void check_kickers(const LabelPage (&pages)[N]) {
    for (const auto& [lang, top, label, rest] : pages) {
        INFO(label);
        const Article a = classify(segment(std::string(top) + label + "\n" + rest), lang);
        CHECK(a.kicker.value_or("") == label);
        CHECK(a.headline.value_or("") != label);
    }
}

} // namespace

TEST_CASE("a menu copied as one line without separators, ending with the label over the headline: the label is the "
          "kicker",
          "[classify][kicker][crumb][head24]") {
    const LabelPage pages[] = {
        {"en", "Skip to main content\nThe Harbour Post\nNews Politics Business Culture Sport Long Read\n", "Long Read",
         rest_en},
        {"nl", "Naar hoofdinhoud\nHet Veerblad\nNieuws Regio Sport Cultuur Opinie\n", "Opinie", rest_nl},
        {"es", "Saltar al contenido\nEl Faro del Puerto\nActualidad Local Deportes Cultura Opinión\n", "Opinión",
         rest_es},
        // the label another entry of the menu's, or none of its entries
        {"es", "Saltar al contenido\nEl Faro del Puerto\nActualidad Local Deportes Cultura Opinión\n", "Local", rest_es},
        {"de", "Zum Inhalt springen\nSeeländer Landbote\nRegion Schweiz Welt Sport Meinung\n", "Kommentar", rest_de},
        {"nl", "Naar hoofdinhoud\nHet Veerblad\nNieuws Regio Sport Cultuur Opinie\n", "Dossier", rest_nl},
    };
    check_kickers(pages);
}

TEST_CASE("a line of words that are no menu's entries over a short line is no menu over a kicker",
          "[classify][kicker][crumb][head24]") {
    // A title's words: a stopword among them ("The", "de").
    const std::string en = std::string("Skip to main content\nThe Harbour Post\nThe Quiet Return Of The Long Read\n") +
                           "Long Read\n" + rest_en;
    CHECK(classify(segment(en), "en").kicker.value_or("") != "Long Read");
    const std::string es = std::string("Saltar al contenido\nEl Faro del Puerto\nLa Noche de Opinión\n") + "Opinión\n" +
                           rest_es;
    CHECK(classify(segment(es), "es").kicker.value_or("") != "Opinión");
    // A word in small letters: no entry of a menu.
    const std::string nl = std::string("Naar hoofdinhoud\nHet Veerblad\nNieuws Regio sport Cultuur Opinie\n") +
                           "Opinie\n" + rest_nl;
    CHECK(classify(segment(nl), "nl").kicker.value_or("") != "Opinie");
    // Three words only: a button's or a name's ("Site Mobile Navigation"); buttons run together ("NowUpgrade"); a
    // comma (a byline, "Jane Roe, Harbour Post").
    const std::string en2 =
        std::string("Skip to main content\nOur reporting is free for every reader.\nSite Mobile Navigation\n") +
        "Supported\n" + rest_en;
    CHECK(classify(segment(en2), "en").kicker.value_or("") != "Supported");
    const std::string en3 = std::string("The Harbour Post\nBuy NowUpgrade Buy NowUpgrade Buy Now\n") + "Standard\n" +
                            rest_en;
    CHECK(classify(segment(en3), "en").kicker.value_or("") != "Standard");
    const std::string de = std::string("Seeländer Landbote\nAnna Keller, Seeländer Landbote Redaktion\n") + "Region\n" +
                           rest_de;
    CHECK(classify(segment(de), "de").kicker.value_or("") != "Region");
}

TEST_CASE("a menu one entry a line whose last entry is printed again right over the headline: the second print is "
          "the kicker",
          "[classify][kicker][menu][head24]") {
    const LabelPage pages[] = {
        {"es", "El Faro del Puerto\nPortada\nLocal\nDeportes\nOpinión\n", "Opinión", rest_es},
        {"nl", "Naar hoofdinhoud\nHet Veerblad\nNieuws\nRegio\nSport\nCultuur\nOpinie\n", "Opinie", rest_nl},
        {"en", "The Harbour Post\nNews\nBusiness\nCulture\nTravel\n", "Travel", rest_en},
    };
    check_kickers(pages);
}

TEST_CASE("a line printed twice over the headline is no kicker when no menu stands over it or the menu printed it "
          "before",
          "[classify][kicker][menu][head24]") {
    // The lines over the pair are sentences, no menu's entries.
    const std::string es = std::string("El Faro del Puerto\nTodas las noticias del día.\nSuscríbete hoy.\n") +
                           "Opinión\nOpinión\n" + rest_es;
    CHECK(classify(segment(es), "es").kicker.value_or("") != "Opinión");
    // The menu printed the entry once already above: a menu printed twice, its entries repeated.
    const std::string nl = std::string("Het Veerblad\nOpinie\nNieuws\nRegio\nSport\n") + "Opinie\nOpinie\n" + rest_nl;
    CHECK(classify(segment(nl), "nl").kicker.value_or("") != "Opinie");
    // A person's name printed twice: an author's strip, no section's label.
    const std::string en = std::string("The Harbour Post\nNews\nBusiness\nCulture\n") + "Jane Roe\nJane Roe\n" + rest_en;
    CHECK(classify(segment(en), "en").kicker.value_or("") != "Jane Roe");
}

TEST_CASE("two labels joined by a separator right over the headline, under the page's furniture, are its kicker",
          "[classify][kicker][joined][head24]") {
    const LabelPage pages[] = {
        {"es", "Saltar al contenido\nEl Faro del Puerto\nActualidad Local Deportes Cultura Opinión\n",
         "Fútbol | Preferente", rest_es},
        {"de", "Zum Inhalt springen\nSeeländer Landbote\nRegion Schweiz Welt Sport Meinung\n", "Region / Seeland",
         rest_de},
        {"nl", "Naar hoofdinhoud\nHet Veerblad\nNieuws Regio Sport Cultuur Opinie\n", "Regio › Kust", rest_nl},
    };
    check_kickers(pages);
}

TEST_CASE("a breadcrumb over the headline is no kicker of joined labels", "[classify][kicker][joined][head24]") {
    // The link to the home page first.
    const std::string es = std::string("Saltar al contenido\nEl Faro del Puerto\nActualidad Local Deportes Cultura\n") +
                           "Inicio | Deportes\n" + rest_es;
    CHECK(classify(segment(es), "es").kicker.value_or("") != "Inicio | Deportes");
    // Through the entries of the menu printed one a line above.
    const std::string de = std::string("Seeländer Landbote\nRegion\nSchweiz\nSport\nKultur\n") + "Region / Seeland\n" +
                           rest_de;
    CHECK(classify(segment(de), "de").kicker.value_or("") != "Region / Seeland");
    // Words in small letters: a phrase, no labels.
    const std::string nl = std::string("Naar hoofdinhoud\nHet Veerblad\nNieuws Regio Sport Cultuur Opinie\n") +
                           "Regio / kust en polder\n" + rest_nl;
    CHECK(classify(segment(nl), "nl").kicker.value_or("") != "Regio / kust en polder");
}
