// The noise of whole pages that the invented samples es-ep-bibliotecas, it-paywall-ponte and pt-lusa-barragem print:
// an agency's name of two words in its tag, the slot of an advertisement between two paragraphs, a caption closed by
// "(foto Name)" and a dateline naming a place of four words. One row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace archive;

using archive::test::check_found;
using archive::test::check_heading_rows;

TEST_CASE("an agency's name of two words in parentheses tags the text", "[classify][agency][noise]") {
    struct Row {
        const char* line;
        const char* agency;
    };
    const Row rows[] = {
        {"(EUROPA PRESS)", "europa-press"},
        {"(Europa Press)", "europa-press"},
        {"(Agência Brasil)", "agencia-brasil"},
        {"(Agencia Brasil)", "agencia-brasil"},
        {"(Avec Europa Press)", "europa-press"},
        // an agency's name in full, which the agency's short name tags elsewhere
        {"(Agência Lusa)", "lusa"},
        {"(Associated Press)", "ap"},
        {"(Agence France-Presse)", "afp"},
        {"(Deutsche Presse-Agentur)", "dpa"},
    };
    for (const auto& r : rows)
        check_found(r.line, agency_tag(r.line), std::vector<std::string>{r.agency});
    // Two words that name no agency together are no tag.
    CHECK_FALSE(agency_tag("(Buenos Aires)"));
    CHECK_FALSE(agency_tag("(Europa Central)"));
    CHECK_FALSE(agency_tag("(Press Office)"));
}

TEST_CASE("a dateline names an agency of two words", "[classify][dateline][noise]") {
    // The paragraph, then the tag it opens with: {raw, place, agencies}.
    const std::pair<const char*, DatelineTag> rows[] = {
        {"MADRID, 2 Dic. (EUROPA PRESS) - El Gobierno aprobará el martes la nueva ley de bibliotecas.",
         {"MADRID, 2 Dic. (EUROPA PRESS) -", "MADRID", {"europa-press"}}},
        {"SEVILLA, 14 Mar. (EUROPA PRESS) -", {"SEVILLA, 14 Mar. (EUROPA PRESS) -", "SEVILLA", {"europa-press"}}},
        {"Brasília (Agência Brasil) - O governo anunciou hoje um novo plano para as estradas do interior.",
         {"Brasília (Agência Brasil) -", "Brasília", {"agencia-brasil"}}},
        {"BRUXELLES, 3 Déc. (Europa Press) - La Commission a présenté mardi son plan pour les ports.",
         {"BRUXELLES, 3 Déc. (Europa Press) -", "BRUXELLES", {"europa-press"}}},
    };
    for (const auto& [paragraph, want] : rows) {
        const auto d = dateline_tag(paragraph);
        INFO(paragraph);
        REQUIRE(d);
        CHECK((std::tie(d->raw, d->place, d->agencies) == std::tie(want.raw, want.place, want.agencies)));
    }
    CHECK_FALSE(dateline_tag("Los vecinos (Buenos Aires) - dijo ayer el alcalde - no quieren el nuevo puerto."));
}

TEST_CASE("the slot of an advertisement between two paragraphs announces no link: the line under it heads its section",
          "[classify][heading][noise]") {
    check_heading_rows({
        {"es", R"(La biblioteca del barrio abrirá los domingos

El ayuntamiento abrirá la biblioteca del barrio los domingos por la mañana a partir de enero.

La concejala de Cultura explicó que el plan costará unos 80.000 euros al año y que se contratarán dos personas más.

Publicidad

Los vecinos piden más horas

La asociación de vecinos del barrio ha recogido más de mil firmas para que la sala de estudio abra también por la noche.

El ayuntamiento estudiará la petición antes de aprobar el presupuesto del próximo año.
)",
         {"Los vecinos piden más horas"}},
        {"pt", R"(Biblioteca do bairro vai abrir ao domingo

A câmara municipal vai abrir a biblioteca do bairro ao domingo de manhã a partir de janeiro.

A vereadora da Cultura explicou que o plano vai custar cerca de 80 mil euros por ano e que serão contratadas duas pessoas.

Publicidade

Moradores pedem mais horas

A associação de moradores do bairro recolheu mais de mil assinaturas para que a sala de estudo abra também à noite.

A câmara vai estudar o pedido antes de aprovar o orçamento do próximo ano.
)",
         {"Moradores pedem mais horas"}},
        {"de", R"(Stadtbibliothek öffnet künftig auch sonntags

Die Stadt öffnet die Bibliothek im Viertel ab Januar auch am Sonntagvormittag für alle Besucher.

Die Kulturdezernentin sagte, der Plan koste rund 80.000 Euro im Jahr, zwei weitere Stellen würden geschaffen.

Anzeige

Anwohner wollen längere Öffnungszeiten

Der Bürgerverein des Viertels hat mehr als tausend Unterschriften gesammelt, damit der Lesesaal auch abends öffnet.

Die Stadt will den Antrag vor den Beratungen über den nächsten Haushalt prüfen.
)",
         {"Anwohner wollen längere Öffnungszeiten"}},
        {"en", R"(Neighbourhood library to open on Sundays

The council will open the neighbourhood library on Sunday mornings from January onwards.

The culture officer said the plan would cost about 80,000 pounds a year and that two more people would be hired.

Advertisement

Residents ask for longer hours

The residents' association has collected more than a thousand signatures asking for the study room to open at night.

The council will look at the request before it sets next year's budget.
)",
         {"Residents ask for longer hours"}},
        {"fr", R"(La bibliothèque du quartier ouvrira le dimanche

La mairie ouvrira la bibliothèque du quartier le dimanche matin à partir du mois de janvier.

L'adjointe à la culture a expliqué que le projet coûtera environ 80.000 euros par an et que deux personnes seront recrutées.

Publicité

Les habitants demandent plus d'heures

L'association du quartier a recueilli plus de mille signatures pour que la salle d'étude ouvre aussi le soir.

La mairie étudiera la demande avant de voter le budget de l'année prochaine.
)",
         {"Les habitants demandent plus d'heures"}},
        {"it", R"(La biblioteca di quartiere apre la domenica

Il Comune aprirà la biblioteca del quartiere anche la domenica mattina a partire da gennaio.

L'assessora alla Cultura ha spiegato che il progetto costerà circa 80mila euro all'anno e che saranno assunte due persone.

Pubblicità

I residenti chiedono più ore

Il comitato di quartiere ha raccolto più di mille firme perché la sala studio resti aperta anche la sera.

Il Comune valuterà la richiesta prima di approvare il bilancio del prossimo anno.
)",
         {"I residenti chiedono più ore"}},
        // A label announcing a link still makes the title under it that link's, no heading.
        {"es", R"(La biblioteca del barrio abrirá los domingos

El ayuntamiento abrirá la biblioteca del barrio los domingos por la mañana a partir de enero.

La concejala de Cultura explicó que el plan costará unos 80.000 euros al año y que se contratarán dos personas más.

Lee también

Los vecinos piden más horas

La asociación de vecinos del barrio ha recogido más de mil firmas para que la sala de estudio abra también por la noche.

El ayuntamiento estudiará la petición antes de aprobar el presupuesto del próximo año.
)",
         {}},
    });
}

TEST_CASE("a picture's label and a name in the parenthesis closing a caption credit the picture",
          "[classify][credit][noise]") {
    struct Row {
        const char* line;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"Il ponte sul torrente visto dalla riva sinistra (foto Luca Bertoni)", "Il ponte sul torrente visto dalla riva sinistra",
         "(foto Luca Bertoni)"},
        {"I volontari al lavoro nella piazza del mercato (Foto Ansa)", "I volontari al lavoro nella piazza del mercato",
         "(Foto Ansa)"},
        {"Le pont de pierre vu depuis la rive gauche (photo Jeanne Morel)", "Le pont de pierre vu depuis la rive gauche",
         "(photo Jeanne Morel)"},
        {"Die alte Brücke über den Bach im Winter (Bild Hans Muster)", "Die alte Brücke über den Bach im Winter",
         "(Bild Hans Muster)"},
        {"The stone bridge seen from the left bank (Photo Jane Roe)", "The stone bridge seen from the left bank",
         "(Photo Jane Roe)"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto split = split_trailing_credit(std::string_view(r.line));
        REQUIRE(split);
        CHECK(split->first == r.caption);
        CHECK(split->second == r.credit);
    }
    // Small words after the label say what the picture is, not whose.
    CHECK_FALSE(split_trailing_credit(std::string_view("La piazza del mercato la sera della festa (foto del giorno)")));
    CHECK_FALSE(split_trailing_credit(std::string_view("Le vieux pont avant les travaux (photo en haut)")));
    CHECK_FALSE(is_credit_line("(Foto in alto)"));
}

TEST_CASE("a place of four words in capitals, a particle inside it, is the writer's dateline", "[classify][dateline][noise]") {
    struct Row {
        const char* paragraph;
        const char* place;
    };
    const Row rows[] = {
        {"SAN COLOMBANO DI VALLE - Il ponte in pietra sul torrente resterà chiuso al traffico fino a luglio.",
         "SAN COLOMBANO DI VALLE"},
        {"VILLANUEVA DE LA SIERRA - El ayuntamiento cerrará el puente viejo durante seis meses por obras.",
         "VILLANUEVA DE LA SIERRA"},
        {"VILA NOVA DE CERVEIRA - A câmara municipal vai fechar a ponte velha durante seis meses.",
         "VILA NOVA DE CERVEIRA"},
        {"SAINT MARTIN DU LAC - La mairie fermera le vieux pont pendant six mois pour des travaux.",
         "SAINT MARTIN DU LAC"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto d = dateline_tag(r.paragraph);
        REQUIRE(d);
        CHECK(d->place == r.place);
        CHECK(d->agencies.empty());
    }
    // Four long words in capitals are a label or a shout, no place.
    CHECK_FALSE(dateline_tag("BREAKING NEWS FROM HARBOURTOWN - The ferry service will stop for six months from May."));
    CHECK_FALSE(dateline_tag("WICHTIGE MELDUNG DIESER WOCHE - Die Fähre fährt ab Mai sechs Monate lang nicht mehr."));
    CHECK_FALSE(dateline_tag("ÚLTIMA HORA SOBRE PUERTO - El transbordador dejará de navegar seis meses desde mayo."));
}
