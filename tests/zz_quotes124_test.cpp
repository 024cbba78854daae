// Quotes of es, it, pt and fr pages: a view opened by a preposition and a role whose field a "de" links before the
// holder's name, a subject's name with particles inside before a verb shared over a comma, a short reported clause
// with a verb in the singular, a time after a paper's or a person's name, and a body's name after an article elided
// and capitalised at a sentence's start.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

// (a named namespace: the file is compiled on its own, tests/CMakeLists.txt, and leaves the batches of the others)
namespace quotes124 {

// The paragraph `paragraph` in `lang` makes no quote at all.
void check_no_quote(const std::string& lang, const std::string& paragraph) {
    INFO(paragraph);
    CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
}

// No quote of the paragraph `paragraph` in `lang` has a speaker holding `part`.
void check_no_speaker_with(const std::string& lang, const std::string& paragraph, const std::string& part) {
    INFO(paragraph);
    for (const auto& q : extract_quotes(page(lang, "", {paragraph})))
        CHECK(q.speaker.value_or("").find(part) == std::string::npos);
}

// The quotes of a whole page: menus, a byline, the paragraphs `body`, a caption and a footer around them.
std::vector<Quote> page_quotes(const std::string& headline, const std::vector<std::string>& body) {
    std::vector<std::string> lines{"Diario del Valle", "Portada", "Sociedad", "Deportes", "Suscríbete", headline,
                                   "Por Lucía Ferrer", "12 mar 2026 - 09:14", "Compartir en Facebook"};
    lines.insert(lines.end(), body.begin(), body.end());
    for (const char* l : {"Foto: Pablo Marín. El edificio del nuevo centro, todavía vallado.", "Más noticias",
                          "Aviso legal", "\u00A9 2026 Diario del Valle"})
        lines.emplace_back(l);
    return parse(test::page_of(lines)).quotes;
}

} // namespace quotes124

using namespace quotes124;

// "Para la presidenta de la asociación, Rosa Delgado, el proyecto ...": the "de" linking the role to its field opens
// "de acuerdo con" too, but no according phrase stands there; the sentence is read as an opinion lead
// (unmarked_opinion_lead), not as one whose cue the according reader looks for.
TEST_CASE("a role's field linked by a word that opens an according phrase leaves the opinion lead",
          "[quotes][quotes124]") {
    check_quotes({
        {"es", {"Para la presidenta de la asociación, Rosa Delgado, el proyecto llega tarde y sin fondos."},
         "el proyecto llega tarde y sin fondos", "Rosa Delgado", "la presidenta de la asociación, Rosa Delgado"},
        {"es", {"Para el alcalde de Lugo, Marc Vidal, el puerto necesita una reforma a fondo."},
         "el puerto necesita una reforma a fondo", "Marc Vidal", "el alcalde de Lugo, Marc Vidal"},
        {"fr", {"Pour le président du club, Marc Vidal, le projet arrive trop tard et sans argent."},
         "le projet arrive trop tard et sans argent", "Marc Vidal", "le président du club, Marc Vidal"},
        {"it", {"Per la sindaca di Lugo, Anna Neri, il piano arriva tardi e senza fondi per i comuni."},
         "il piano arriva tardi e senza fondi per i comuni", "Anna Neri", "la sindaca di Lugo, Anna Neri"},
        // (the role with no holder: no one, or the one the page named with it before)
        {"es", {"Para la presidenta de la asociación, el proyecto llega tarde y sin fondos."},
         "el proyecto llega tarde y sin fondos", "", "la presidenta de la asociación"},
        {"es",
         {"La presidenta de la asociación, Rosa Delgado, visitó las obras el lunes.",
          "Para la presidenta de la asociación, el proyecto llega tarde y sin fondos."},
         "el proyecto llega tarde y sin fondos", "Rosa Delgado", "la presidenta de la asociación"},
        // (a true according phrase still reads as one)
        {"es", {"De acuerdo con la presidenta Rosa Delgado, el proyecto llega tarde y sin fondos."},
         "el proyecto llega tarde y sin fondos", "Rosa Delgado", "la presidenta Rosa Delgado"},
    });
    // (near misses: a time, no view; a place)
    check_no_quote("es", "Para el año próximo, Rosa Delgado prevé una nueva protesta frente a la consejería.");
    check_no_quote("es", "Para la ciudad de Lugo, el proyecto supone una inversión de diez millones.");
    const auto qs = page_quotes(
        "El nuevo centro de salud abrirá en primavera con la mitad de la plantilla",
        {"La obra terminará en abril, tres años después de lo previsto, y el edificio abrirá con la mitad de los "
         "profesionales.",
         "Para la presidenta de la asociación, Rosa Delgado, el proyecto llega tarde y sin fondos para contratar a "
         "nadie."});
    const Quote* q = quote_of(qs, "el proyecto llega tarde y sin fondos para contratar a nadie");
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::indirect);
    CHECK(q->cue.value_or("") == "Para");
    CHECK(q->speaker.value_or("") == "Rosa Delgado");
}

// "María de los Ángeles Ruiz celebró la decisión, pero advirtió que ...": the particles between a name's
// capitalised words are the name's, which is the subject the verb after the comma shares (subject_before_comma).
TEST_CASE("a name with particles inside is the subject a verb after the comma shares", "[quotes][quotes124]") {
    check_quotes({
        {"es", {"María de los Ángeles Ruiz celebró la decisión, pero advirtió que faltan médicos en la zona."},
         "faltan médicos en la zona", "María de los Ángeles Ruiz", "María de los Ángeles Ruiz"},
        {"es", {"Juan de la Fuente celebró el acuerdo, aunque advirtió que la obra durará dos años más."},
         "la obra durará dos años más", "Juan de la Fuente", "Juan de la Fuente"},
        {"it", {"Maria De Filippi ha lodato l'iniziativa, ma ha avvertito che mancano i fondi per le scuole."},
         "mancano i fondi per le scuole", "Maria De Filippi"},
        // (an acronym after the particles is a body's: the name ends before them)
        {"es", {"Ana Ruiz de la CGT celebró el acuerdo, pero advirtió que la obra durará dos años más."},
         "la obra durará dos años más", "Ana Ruiz", "Ana Ruiz"},
    });
    // (near miss: a role and its place, "Los Ángeles", opening the sentence: never the place as the speaker)
    check_no_speaker_with("es",
                          "El alcalde de Los Ángeles de San Rafael celebró el acuerdo, pero advirtió que la carretera "
                          "sigue cortada desde enero.",
                          "Ángeles");
}

// "El portavoz dijo que falta dinero.": a verb in the singular has no ending that tells it; a short list of common
// ones ([short_clause_verb_words]) makes the two or three words after "that" a clause (short_that_clause).
TEST_CASE("a short reported clause with a common verb in the singular is a quote", "[quotes][quotes124]") {
    check_quotes({
        {"es", {"El portavoz Juan Pérez dijo que falta dinero."}, "falta dinero", "Juan Pérez"},
        {"it", {"Il portavoce Marco Ferri ha detto che manca personale."}, "manca personale", "Marco Ferri"},
        {"pt", {"O diretor clínico, João Matos, disse que falta dinheiro."}, "falta dinheiro", "João Matos"},
        {"fr", {"Le porte-parole Paul Morel a dit que rien ne change."}, "rien ne change", "Paul Morel"},
    });
    // (near misses: an answer, a time, an adverb, no verb)
    for (const auto& [lang, paragraph] : std::vector<std::pair<std::string, std::string>>{
             {"es", "El portavoz Juan Pérez dijo que sí."},
             {"es", "El portavoz Juan Pérez dijo que no."},
             {"es", "El portavoz Juan Pérez dijo que mañana."},
             {"es", "El portavoz Juan Pérez dijo que mañana temprano."},
             {"pt", "O diretor João Matos disse que sim."},
             {"it", "Il portavoce Marco Ferri ha detto che domani."},
             {"en", "The mayor, Tom Vale, said that again."},
         })
        check_no_quote(lang, paragraph);
}

// "ha scritto il Corriere locale martedì mattina": a weekday and the time of the day after it, in lower case, end the
// name before them, as the weekday alone does ([weekdays], [time_of_day_words]).
TEST_CASE("a weekday and a time of the day after a name end it", "[quotes][quotes124]") {
    check_quotes({
        {"it", {"\u00ABIl lago sta morendo\u00BB, ha scritto il Corriere locale martedì mattina in un editoriale."},
         "Il lago sta morendo", "Corriere locale", "il Corriere locale"},
        {"it", {"\u00ABIl lago sta morendo\u00BB, ha scritto il Corriere locale martedì mattina."},
         "Il lago sta morendo", "Corriere locale", "il Corriere locale"},
        {"it", {"\u00ABIl lago sta morendo\u00BB, ha detto il sindaco Marco Ferri martedì sera in consiglio."},
         "Il lago sta morendo", "Marco Ferri", "il sindaco Marco Ferri"},
        {"it", {"\u00ABIl lago sta morendo\u00BB, ha scritto il Corriere della Sera martedì mattina."},
         "Il lago sta morendo", "Corriere della Sera", "il Corriere della Sera"},
        {"es", {"\u00ABLlevamos años esperando\u00BB, escribió el Heraldo comarcal el martes por la mañana."},
         "Llevamos años esperando", "Heraldo comarcal", "el Heraldo comarcal"},
        {"fr", {"\u00AB La ville se vide \u00BB, a écrit le Journal de Morges mardi matin dans son éditorial."},
         "La ville se vide", "Journal de Morges", "le Journal de Morges"},
        {"pt", {"\u00ABEsperamos há uma década\u00BB, escreveu o Correio do Minho na terça-feira em editorial."},
         "Esperamos há uma década", "Correio do Minho", "o Correio do Minho"},
        {"en", {"\u201CWe have waited long enough,\u201D wrote the Valley Gazette on Tuesday morning."},
         "We have waited long enough", "Valley Gazette", "the Valley Gazette"},
    });
}

// "L'Associazione dei Pescatori del Lago di Varese ha chiesto che ...": opening a sentence, the elided article is
// capitalised; before a body's noun and the word linking it to what it is of, it is still the article, and the body's
// whole name speaks (elided_article_before_name, own_body_name).
TEST_CASE("a body's name after a capitalised elided article keeps its noun", "[quotes][quotes124]") {
    check_quotes({
        {"it",
         {"L'Associazione dei Pescatori del Lago di Varese ha chiesto che la Regione finanzi subito un piano di "
          "pulizia."},
         "la Regione finanzi subito un piano di pulizia", "Associazione dei Pescatori del Lago di Varese"},
        {"fr",
         {"L'Union des commerçants de Morges a demandé que la Municipalité ouvre un parking provisoire."},
         "la Municipalité ouvre un parking provisoire", "Union des commerçants de Morges"},
        {"fr",
         {"L\u2019Union des commerçants de Morges a demandé que la Municipalité ouvre un parking provisoire."},
         "la Municipalité ouvre un parking provisoire", "Union des commerçants de Morges"},
        // (the same name inside a sentence, as before)
        {"it", {"\u00ABIl lago muore\u00BB, ha scritto l'Associazione dei Pescatori del Lago di Varese in una nota."},
         "Il lago muore", "Associazione dei Pescatori del Lago di Varese"},
        // (near misses: a name's own apostrophe, no body's noun and link after it)
        {"fr", {"L'Équipe a écrit que le club va changer d'entraîneur avant la fin de la saison."},
         "le club va changer d'entraîneur avant la fin de la saison", "L'Équipe"},
        {"fr", {"L'Oréal a annoncé que le site de Morges fermera ses portes en juin prochain."},
         "le site de Morges fermera ses portes en juin prochain", "L'Oréal"},
    });
    // (near miss: "L'ha detto", a pronoun elided before the verb, no article before a name)
    check_no_speaker_with("it",
                          "\u00ABIl lago sta morendo\u00BB. L'ha detto Marco Rossi durante l'assemblea di ieri sera.",
                          "ha detto");
}

// "Para o presidente da câmara, João Matos, o serviço ...": Portuguese opens a view with "para" as Spanish does
// ([opinion_lead_words] of pt); and the holder's body set off by commas after the name, a preposition opening it,
// "de la Universidad de Sevilla", is no part of the view (unmarked_opinion_lead).
TEST_CASE("a view opened by pt para, and the holder's body after the name, are read", "[quotes][quotes124]") {
    check_quotes({
        {"pt", {"Para o presidente da câmara, João Matos, o serviço chega tarde e sem meios para funcionar."},
         "o serviço chega tarde e sem meios para funcionar", "João Matos", "o presidente da câmara, João Matos"},
        {"pt",
         {"Para o pesquisador Fernando Lima, da Universidade do Cerrado, a medida ataca só uma parte do problema."},
         "a medida ataca só uma parte do problema", "Fernando Lima", "o pesquisador Fernando Lima"},
        {"es",
         {"Para el investigador Juan Ruiz, de la Universidad de Sevilla, la medida ataca solo una parte del problema."},
         "la medida ataca solo una parte del problema", "Juan Ruiz", "el investigador Juan Ruiz"},
        {"fr",
         {"Pour le chercheur Paul Roux, de l'Université de Genève, la mesure ne règle qu'une partie du problème."},
         "la mesure ne règle qu'une partie du problème", "Paul Roux", "le chercheur Paul Roux"},
        // (near miss: a time set off by commas, no capitalised word: the view's own words, as before)
        {"es", {"Para la ministra, en mayo de este año, la situación era muy grave en el norte."},
         "en mayo de este año, la situación era muy grave en el norte", "", "la ministra"},
    });
    // (near misses: a time, a body, an adverb after "para")
    check_no_quote("pt", "Para o ano, a câmara prevê mais obras no centro da cidade.");
    check_no_quote("pt", "Para a câmara, o projeto custa demasiado dinheiro aos contribuintes.");
    check_no_quote("pt", "Para já, o serviço funciona apenas durante o dia.");
}
