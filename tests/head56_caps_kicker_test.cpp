// A label in capitals of a few words over the headline, "IL DECRETO", "EL JUICIO", "ALLERTA GELO", "SERIE B", is its
// kicker, though names_line() reads two words in capitals as a person's name: opened by an article, closed by a
// letter alone, or printed in small letters elsewhere on the page, it names no one (a name in capitals over the
// headline stays out). A menu's last link opened by an imperative of the site's action, "Pubblica un necrologio",
// "Publicar una esquela", "Place a notice", is a button, no kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    std::string page;
    const char* kicker; // nullptr: no kicker
    const char* headline;
};

// (The same pages print a person's name in capitals over the headline in the last test case but one.)
const char* const kDecreePage = R"(Vai al contenuto
Menu
Cerca
Politica
Cronaca
Economia
Sport
IL DECRETO
Scuole, il governo stanzia 90 milioni per i tetti delle palestre
Il testo approvato in Consiglio dei ministri. I sindaci: «Fondi attesi da anni»
di Chiara Moretti
4 dicembre 2026
Il governo ha approvato ieri sera un decreto che destina 90 milioni di euro alla messa in sicurezza delle palestre scolastiche.
Le domande dei comuni potranno essere presentate dal mese di febbraio, con una graduatoria nazionale.
I sindaci delle città più piccole chiedono tempi certi per i cantieri e meno carte da compilare.
)";
const char* const kTrialPage = R"(Ir al contenido
Menú
Buscar
Nacional
Internacional
Economía
Deportes
EL JUICIO
La Audiencia absuelve al exalcalde de Villaverde del Río por la venta de suelo
El tribunal no ve delito en la permuta de terrenos municipales firmada en 2019
Por Lucía Marín
4 de diciembre de 2026
La Audiencia Provincial ha absuelto al exalcalde de Villaverde del Río de los delitos de prevaricación y malversación.
La sentencia considera que la permuta de terrenos se hizo con los informes técnicos favorables del ayuntamiento.
La acusación popular estudia ahora recurrir el fallo ante el Tribunal Superior.
)";

// page with its label line `from` printed as `to`.
std::string with_label(std::string page, const std::string& from, const std::string& to) {
    page.replace(page.find(from), from.size(), to);
    return page;
}

void check_rows(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        INFO(r.headline);
        const Article a = parse(r.page);
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
        if (r.kicker == nullptr) {
            CHECK_FALSE(a.kicker);
        } else {
            REQUIRE(a.kicker);
            CHECK(*a.kicker == r.kicker);
        }
    }
}

} // namespace

TEST_CASE("head56: a label in capitals opened by an article is the kicker, no name", "[kicker][head56]") {
    check_rows({
        {kDecreePage,
         "IL DECRETO", "Scuole, il governo stanzia 90 milioni per i tetti delle palestre"}, // it
        {kTrialPage,
         "EL JUICIO", "La Audiencia absuelve al exalcalde de Villaverde del Río por la venta de suelo"}, // es
    });
}

TEST_CASE("head56: a label in capitals closed by a letter alone is the kicker, no name", "[kicker][head56]") {
    check_rows({
        {R"(Gazzetta Sportiva
Calcio
Basket
Tennis
Motori
SERIE B
Il Pontevecchio batte la capolista e torna in zona playoff
Decide un gol di testa nel secondo tempo. Espulso l'allenatore ospite
di Fabio Lanza
4 dicembre 2026
Il Pontevecchio ha battuto la capolista con un gol di testa al quarto d'ora della ripresa.
La squadra di casa ha tenuto il pallone per tutto il primo tempo senza creare occasioni.
Nel finale l'allenatore ospite è stato espulso per proteste.
)",
         "SERIE B", "Il Pontevecchio batte la capolista e torna in zona playoff"}, // it
        {R"(Diario Deportivo
Fútbol
Baloncesto
Tenis
Motor
LIGA F
El Atlético Norte gana al líder y se mete en la pelea por la Champions
Un gol de cabeza en la segunda parte decide el partido. Expulsada la entrenadora visitante
Por Marta Gil
4 de diciembre de 2026
El Atlético Norte ganó al líder con un gol de cabeza a los quince minutos de la segunda parte.
El equipo local tuvo el balón durante toda la primera parte sin crear ocasiones claras.
En el tramo final la entrenadora visitante fue expulsada por protestar.
)",
         "LIGA F", "El Atlético Norte gana al líder y se mete en la pelea por la Champions"}, // es
    });
}

TEST_CASE("head56: a label in capitals whose words the page prints in small letters is the kicker", "[kicker][head56]") {
    check_rows({
        {R"(Meteo Oggi
Previsioni
Allerte
Radar
Neve
ALLERTA GELO
Allerta gialla in Piemonte per ghiaccio sulle strade di montagna
Da questa sera fino a domenica mattina. Temperature fino a meno dieci gradi
Redazione
04/12/2026 18:20
La Protezione civile ha diramato un'allerta gialla per gelo su gran parte del Piemonte occidentale.
Il ghiaccio potrà formarsi sulle strade sopra i 600 metri, soprattutto nelle ore notturne.
Tag
allerta gelo
Piemonte
)",
         "ALLERTA GELO", "Allerta gialla in Piemonte per ghiaccio sulle strade di montagna"}, // it
        {R"(El Tiempo Hoy
Previsión
Avisos
Radar
OLA DE FRÍO
Aviso naranja en Teruel por temperaturas de hasta diez grados bajo cero
Desde esta noche hasta el domingo. La Aemet pide precaución en las carreteras
Redacción
04/12/2026 18:20
La Aemet ha activado el aviso naranja por frío en buena parte de la provincia de Teruel.
La ola de frío llegará el viernes y se prolongará al menos hasta el lunes.
Etiquetas
ola de frío
Teruel
)",
         "OLA DE FRÍO", "Aviso naranja en Teruel por temperaturas de hasta diez grados bajo cero"}, // es
    });
}

TEST_CASE("head56: a person's name in capitals over the headline stays no kicker", "[kicker][head56]") {
    check_rows({
        {with_label(kDecreePage, "IL DECRETO", "MARCO BIANCHI"),
         nullptr, "Scuole, il governo stanzia 90 milioni per i tetti delle palestre"}, // it
        {with_label(kTrialPage, "EL JUICIO", "ANA TORRES"),
         nullptr, "La Audiencia absuelve al exalcalde de Villaverde del Río por la venta de suelo"}, // es
    });
}

TEST_CASE("head56: a menu's link opened by an imperative of the site's action is no kicker", "[kicker][head56]") {
    check_rows({
        {R"(Corriere di Valmarecchia
Necrologie
Cerca necrologi
Pubblica un necrologio
Addio a Teresa Galli, per trent'anni farmacista del paese
Aveva 88 anni. Il funerale sabato alle 11 nella chiesa parrocchiale
4 dicembre 2026
Il paese saluta Teresa Galli, scomparsa ieri all'età di 88 anni. Per trent'anni aveva guidato la farmacia della piazza.
Lascia il marito, due figli e quattro nipoti. Il funerale si terrà sabato mattina nella chiesa parrocchiale.
)",
         nullptr, "Addio a Teresa Galli, per trent'anni farmacista del paese"}, // it
        {R"(Diario del Valle
Esquelas
Buscar esquelas
Publicar una esquela
Fallece Julián Roldán, el panadero que abrió el primer horno del barrio
Tenía 86 años. La misa funeral será el sábado a las 12 en la parroquia de San Pedro
4 de diciembre de 2026
El barrio despide a Julián Roldán, fallecido ayer a los 86 años. Durante cuatro décadas abrió cada madrugada su panadería.
Deja esposa, tres hijos y seis nietos. La misa funeral se celebrará el sábado a mediodía en la parroquia.
)",
         nullptr, "Fallece Julián Roldán, el panadero que abrió el primer horno del barrio"}, // es
        {R"(Valley Gazette
Notices
Search notices
Place a notice
Tributes paid to Edna Parfitt, village postmistress for forty years
She was 92. The funeral will be held on Saturday at St Mary's church
4 December 2026
Tributes have been paid to Edna Parfitt, who has died at the age of 92. For forty years she ran the village post office.
She leaves a son, two daughters and five grandchildren. The funeral will be held on Saturday morning.
)",
         nullptr, "Tributes paid to Edna Parfitt, village postmistress for forty years"}, // en
    });
}
