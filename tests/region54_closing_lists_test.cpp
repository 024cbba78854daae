// The end of an explainer or an alert: (1) a plain heading of a few words, "Domande e risposte", over the last
// question and its short answer (take_closing_answers() reads past the heading); (2) a second announced list, "Cosa
// fare:" over short imperative entries, with the text going on under it (announced_list_end()). Both went to the
// boilerplate with everything under them. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

namespace {

// A page and the lines a case reads on it: the question and its answer; the lead, an entry and the paragraph under
// the list.
struct PageLines {
    const std::string* page;
    const char* first;
    const char* second;
    const char* third = "";
};

const std::string faq_it = "Salute Oggi\n"
                           "Notizie\n"
                           "Scienza\n"
                           "Vaccino per la tosse dei cani, cosa sapere: domande e risposte\n"
                           "Il richiamo annuale è consigliato dai veterinari. Gli esperti: «Meglio in autunno»\n"
                           "di Marta Ferrucci\n"
                           "3 novembre 2026\n"
                           "La campagna di vaccinazione per i cani è cominciata da due settimane e gli ambulatori sono già pieni in molte città. Abbiamo raccolto le domande più frequenti dei lettori.\n"
                           "Quanto costa il vaccino?\n"
                           "Il prezzo varia da un ambulatorio all'altro, ma di solito resta tra i trenta e i cinquanta euro per ogni dose somministrata.\n"
                           "Serve la ricetta del veterinario?\n"
                           "No, ma il veterinario deve visitare il cane prima della dose, per essere sicuro che l'animale sia in buona salute.\n"
                           "Si può fare insieme alla vaccinazione contro la rabbia?\n"
                           "Sì, nella stessa visita e senza problemi. Secondo la dottoressa Rinaldi non ci sono rischi.\n"
                           "Ultime domande\n"
                           "Quanto dura l'effetto?\n"
                           "Circa un anno, per questo va ripetuto.\n"
                           "Riproduzione riservata ©\n"
                           "Articoli correlati\n"
                           "Cani in città, nuove regole\n";

const std::string faq_es = "Diario del Puerto\n"
                           "Noticias\n"
                           "Salud\n"
                           "La vacuna de la tos de las perreras, lo que hay que saber: preguntas y respuestas\n"
                           "Los veterinarios recomiendan la dosis anual. Los expertos: «Mejor en otoño»\n"
                           "Por Marta Ferrer\n"
                           "3 de noviembre de 2026\n"
                           "La campaña de vacunación para perros empezó hace dos semanas y las clínicas ya están llenas en muchas ciudades. Hemos reunido las preguntas más frecuentes de los lectores.\n"
                           "¿Cuánto cuesta la vacuna?\n"
                           "El precio cambia de una clínica a otra, pero suele quedar entre los treinta y los cincuenta euros por cada dosis que se pone.\n"
                           "¿Hace falta una receta del veterinario?\n"
                           "No, pero el veterinario tiene que ver al perro antes de la dosis, para estar seguro de que el animal está sano.\n"
                           "¿Se puede poner con la vacuna de la rabia?\n"
                           "Sí, en la misma visita y sin problemas. Según la doctora Rincón no hay ningún riesgo.\n"
                           "Otras dudas frecuentes\n"
                           "¿Cuánto dura el efecto?\n"
                           "Alrededor de un año, por eso se repite.\n"
                           "© Diario del Puerto\n"
                           "Noticias relacionadas\n"
                           "Perros en la ciudad, nuevas normas\n";

const std::string alert_it = "Meteo Oggi\n"
                             "Previsioni\n"
                             "Allerte\n"
                             "Radar\n"
                             "Allerta gialla in Liguria per temporali e mareggiate\n"
                             "Da domani mattina fino alla sera di giovedì. Onde alte fino a quattro metri\n"
                             "3 novembre 2026\n"
                             "La Protezione civile ha diramato un'allerta gialla per temporali e mareggiate su tutta la costa della Liguria per le prossime due giornate.\n"
                             "Zone interessate:\n"
                             "Ponente: Imperia, Sanremo, Albenga\n"
                             "Levante: Chiavari, Sestri, La Spezia\n"
                             "Cosa fare:\n"
                             "Evitare le passeggiate sui moli\n"
                             "Non parcheggiare vicino agli alberi\n"
                             "Controllare gli avvisi del proprio Comune\n"
                             "Le onde potranno superare i 4 metri al largo, con raffiche fino a 80 km/h sui moli. Più calma la Toscana.\n"
                             "Condividi\n"
                             "Tag\n";

const std::string alert_es = "El Tiempo Hoy\n"
                             "Previsión\n"
                             "Avisos\n"
                             "Radar\n"
                             "Aviso amarillo en Asturias por tormentas y oleaje\n"
                             "Desde mañana por la mañana hasta la noche del jueves. Olas de hasta cuatro metros\n"
                             "3 de noviembre de 2026\n"
                             "Protección Civil ha activado un aviso amarillo por tormentas y oleaje en toda la costa de Asturias durante las próximas dos jornadas.\n"
                             "Zonas afectadas:\n"
                             "Occidente: Luarca, Navia, Tapia\n"
                             "Oriente: Llanes, Ribadesella, Colunga\n"
                             "Qué hacer:\n"
                             "Evitar los paseos por los espigones\n"
                             "No aparcar cerca de los árboles\n"
                             "Consultar los avisos de cada ayuntamiento\n"
                             "Las olas podrán superar los 4 metros mar adentro, con rachas de 80 km/h. Más calma en Cantabria.\n"
                             "Compartir\n"
                             "Etiquetas\n";

} // namespace

TEST_CASE("a plain heading over the last question and its answer keeps them in the text", "[region][region54]") {
    const PageLines rows[] = {{&faq_it, "Quanto dura l'effetto?", "Circa un anno, per questo va ripetuto."},
                              {&faq_es, "¿Cuánto dura el efecto?", "Alrededor de un año, por eso se repite."}};
    for (const auto& r : rows) {
        const Article a = parse(*r.page);
        INFO(r.first);
        CHECK(test::contains(test::headings_of(a), r.first));
        CHECK(test::contains(test::paragraphs_of(a), r.second));
        CHECK_FALSE(test::in_boilerplate(a, r.second));
    }
}

TEST_CASE("a heading over a line that answers no question closes nothing", "[region][region54]") {
    // (The same heading over a link's title: no question over its answer, so the region ends over the heading.)
    const std::string page = test::replaced(faq_it, "Quanto dura l'effetto?\n", "Leggi anche questo\n");
    const Article a = parse(page);
    CHECK_FALSE(test::contains(test::paragraphs_of(a), "Circa un anno, per questo va ripetuto."));
}

TEST_CASE("a second lead over short entries with the text under them is the article's list", "[region][region54]") {
    const PageLines rows[] = {
        {&alert_it, "Cosa fare:", "Non parcheggiare vicino agli alberi", "Le onde potranno superare"},
        {&alert_es, "Qué hacer:", "No aparcar cerca de los árboles", "Las olas podrán superar"},
    };
    for (const auto& r : rows) {
        const Article a = parse(*r.page);
        INFO(r.first);
        CHECK(test::contains(test::paragraphs_of(a), r.first));
        CHECK(test::contains(test::paragraphs_of(a), r.second));
        CHECK(test::has_paragraph_starting(a, r.third));
    }
}

TEST_CASE("a related box's label over titles is no list of the article", "[region][region54]") {
    // ("Leggi anche:" over three titles, then a paragraph: the label is the page's, no lead of a list.)
    std::string page = test::replaced(alert_it, "Cosa fare:\n", "Leggi anche:\n");
    const Article a = parse(page);
    CHECK_FALSE(test::contains(test::paragraphs_of(a), "Leggi anche:"));
    CHECK_FALSE(test::contains(test::paragraphs_of(a), "Non parcheggiare vicino agli alberi"));
}
