// Catalan pages (src/lexicon/ca.txt): their language told apart from Spanish, French, Italian and Portuguese, their
// date lines ("Dijous, 5 de desembre de 2026, 10:22", "Actualitzat a les 16:05"), bylines ("Per X i Y"), the ACN
// agency's closing tag and the cues of Catalan news ("ha dit", the periphrastic past "va dir", "segons"). Every line
// is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;

namespace {

struct LangRow {
    const char* text;
    const char* lang;
};

// A Catalan page and its Spanish twin: the same menu, title, byline, dates, body and closing tag.
const char* const catalan_page = "Diari de Vilamar\n"
                                 "Portada\n"
                                 "Societat\n"
                                 "Esports\n"
                                 "Societat\n"
                                 "El port de Vilamar tindrà una nova terminal de creuers el 2029\n"
                                 "Per Pere Vilalta i Anna Ferrer\n"
                                 "Dijous, 3 de desembre de 2026, 11:20\n"
                                 "Actualitzat a les 17:45\n"
                                 "L'Autoritat Portuària ha aprovat aquest dijous el projecte de la nova terminal, que "
                                 "costarà uns 80 milions d'euros i s'aixecarà al moll de llevant.\n"
                                 "\"Serà la porta d'entrada de milers de visitants cada any\", ha dit el president del "
                                 "port, Joan Miralles.\n"
                                 "L'alcaldessa de Vilamar, Rosa Bosch, va dir que la ciutat \"no pot viure d'esquena "
                                 "al mar\". Els veïns del barri de la Marina, però, temen més trànsit.\n"
                                 "(ACN)\n"
                                 "Llegiu també: El moll de llevant tancarà dues setmanes per obres\n"
                                 "Comparteix\n";

const char* const spanish_page = "Diario de Villamar\n"
                                 "Portada\n"
                                 "Sociedad\n"
                                 "Deportes\n"
                                 "Sociedad\n"
                                 "El puerto de Villamar tendrá una nueva terminal de cruceros en 2029\n"
                                 "Por Pedro Villalta y Ana Ferrer\n"
                                 "Jueves, 3 de diciembre de 2026, 11:20\n"
                                 "Actualizado a las 17:45\n"
                                 "La Autoridad Portuaria ha aprobado este jueves el proyecto de la nueva terminal, que "
                                 "costará unos 80 millones de euros y se levantará en el muelle de levante.\n"
                                 "\"Será la puerta de entrada de miles de visitantes cada año\", ha dicho el "
                                 "presidente del puerto, Juan Miralles.\n"
                                 "La alcaldesa de Villamar, Rosa Bosch, dijo que la ciudad \"no puede vivir de "
                                 "espaldas al mar\". Los vecinos del barrio de la Marina, sin embargo, temen más "
                                 "tráfico.\n"
                                 "(EFE)\n"
                                 "Lee también: El muelle de levante cerrará dos semanas por obras\n"
                                 "Compartir\n";

// The quote whose text is `text`, or null.
const Quote* quote_with(const Article& a, const std::string& text) {
    for (const auto& q : a.quotes)
        if (q.text == text)
            return &q;
    return nullptr;
}

} // namespace

TEST_CASE("a sentence or two of Catalan is Catalan, and its neighbours' stay theirs", "[lang][ca]") {
    const LangRow rows[] = {
        // ca: the words of its own ("els", "amb", "però", "aquest", "també", "va") over the shared "de", "la", "que"
        {"L'alcaldessa ha dit que el carrer estarà tancat fins dimarts.", "ca"},
        {"Els veïns de Vilanova es queixen del soroll de les obres.", "ca"},
        {"El Govern va aprovar ahir el pla de sequera amb el suport dels socis.", "ca"},
        {"Els preus han pujat un 4% aquest any, però els sous no.", "ca"},
        {"La policia també ha detingut els dos lladres amb l'ajuda dels veïns.", "ca"},
        // the same sentences in Spanish, French, Italian and Portuguese
        {"Los vecinos de Villanueva se quejan del ruido de las obras.", "es"},
        {"El Gobierno aprobó ayer el plan de sequía con el apoyo de sus socios.", "es"},
        {"Los precios han subido un 4% este año, pero los sueldos no.", "es"},
        {"La alcaldesa dijo que la calle estará cerrada hasta el martes.", "es"},
        {"Les voisins de Villeneuve se plaignent du bruit des travaux.", "fr"},
        {"Le gouvernement a approuvé hier le plan contre la sécheresse.", "fr"},
        {"I vicini di Villanova si lamentano del rumore dei lavori.", "it"},
        {"Il governo ha approvato ieri il piano per la siccità.", "it"},
        {"Os vizinhos de Vila Nova queixam-se do barulho das obras.", "pt"},
    };
    for (const LangRow& r : rows) {
        INFO(r.text);
        CHECK(detect_language(std::string_view(r.text)) == r.lang);
        CHECK(detect_language(segment(r.text)) == r.lang);
    }
}

TEST_CASE("a Catalan page gives its language, dates, byline, agency and cues", "[lang][ca][dates][byline][quotes]") {
    const Article a = parse(catalan_page);
    CHECK(a.language.value_or("") == "ca");
    CHECK(a.headline.value_or("") == "El port de Vilamar tindrà una nova terminal de creuers el 2029");
    CHECK(a.authors == std::vector<std::string>{"Pere Vilalta", "Anna Ferrer"}); // "Per X i Y"
    CHECK(a.published.value_or("") == "2026-12-03T11:20");                      // "Dijous, 3 de desembre de 2026"
    CHECK(a.updated.value_or("") == "2026-12-03T17:45");                        // "Actualitzat a les 17:45"
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "(ACN)");
    CHECK(a.source_tag->agencies == std::vector<std::string>{"acn"});
    // the perfect ("ha dit") and the periphrastic past ("va dir"), each with its speaker
    const Quote* said = quote_with(a, "Serà la porta d'entrada de milers de visitants cada any");
    REQUIRE(said);
    CHECK(said->cue.value_or("") == "ha dit");
    CHECK(said->speaker.value_or("") == "Joan Miralles");
    const Quote* past = quote_with(a, "no pot viure d'esquena al mar");
    REQUIRE(past);
    CHECK(past->cue.value_or("") == "va dir");
    CHECK(past->speaker.value_or("") == "Rosa Bosch");
}

TEST_CASE("the Spanish twin of a Catalan page stays Spanish", "[lang][ca][es]") {
    const Article a = parse(spanish_page);
    CHECK(a.language.value_or("") == "es");
    CHECK(a.authors == std::vector<std::string>{"Pedro Villalta", "Ana Ferrer"});
    CHECK(a.published.value_or("") == "2026-12-03T11:20");
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->agencies == std::vector<std::string>{"efe"});
    const Quote* said = quote_with(a, "Será la puerta de entrada de miles de visitantes cada año");
    REQUIRE(said);
    CHECK(said->cue.value_or("") == "ha dicho");
    CHECK(said->speaker.value_or("") == "Juan Miralles");
}

TEST_CASE("Catalan cues: the perfect, the periphrastic past and segons", "[quotes][ca]") {
    struct Row {
        const char* para;
        const char* text;
        const char* cue;
        const char* speaker;
    };
    const Row rows[] = {
        {"\"No tancarem cap escola aquest curs\", ha afirmat la consellera d'Educació, Marta Vives.",
         "No tancarem cap escola aquest curs", "ha afirmat", "Marta Vives"},
        {"\"Hem fet tot el que calia per salvar la collita\", va explicar el pagès Miquel Roca.",
         "Hem fet tot el que calia per salvar la collita", "va explicar", "Miquel Roca"},
        {"El regidor d'Urbanisme, Pau Serra, ha assegurat que les obres acabaran al març.",
         "les obres acabaran al març", "ha assegurat", "Pau Serra"},
    };
    for (const Row& r : rows) {
        INFO(r.para);
        const std::string page = std::string("Les obres del pont de Vilamar s'allarguen fins a la primavera\n") + r.para +
                                 "\nEls treballs van començar fa dos anys i el pressupost ja s'ha doblat.\n";
        const Article a = parse(page);
        CHECK(a.language.value_or("") == "ca");
        const Quote* q = quote_with(a, r.text);
        REQUIRE(q);
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(q->speaker.value_or("") == r.speaker);
    }
}
