// A topic's name of four or five words in Title Case right over the title ("Plan Estatal de Vivienda", "Budget of the
// Harbour Authority"), the title over its deck (a line of a sentence's length without a stop) and the byline or date
// under the deck, perhaps past the picture's caption and credit: the topic line is the kicker and the title the
// headline, though the label shares the article's words better (the text prints the topic's name again). A short
// title in Title Case over its standfirst and the byline stays the headline. Invented pages, es, fr, de, en.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline_rows.hpp"

#include <string>

namespace {
const char* const es_page = R"(Portada
Nacional
Economía
Plan Estatal de Vivienda
El Gobierno aplaza hasta marzo el reparto de las ayudas para el alquiler joven
El ministerio ofrece a las comunidades un adelanto de 400 millones a cambio de revisar los precios de referencia
Una pareja visita un piso en alquiler este martes en el centro de Castrelo.
Una pareja visita un piso en alquiler este martes en el centro de Castrelo. MARTA ORTIZ
Irene Salcedo Prat
Madrid - 04 dic 2026 - 09:15 CET
El Plan Estatal de Vivienda no repartirá sus ayudas para el alquiler joven hasta el mes de marzo, según ha confirmado el ministerio.
Las comunidades autónomas recibirán un adelanto de 400 millones del Plan Estatal de Vivienda antes de que termine el año.
El ministerio pide a cambio que los gobiernos regionales revisen los precios de referencia del alquiler en sus ciudades.
Varias comunidades han criticado el retraso del Plan Estatal de Vivienda y reclaman que las ayudas lleguen cuanto antes.
)";
const char* const fr_page = R"(Accueil
Suisse
Politique
Budget de la Confédération
Le Parlement renvoie au printemps le vote sur les économies dans les transports publics
Les commissions demandent au gouvernement de chiffrer les effets des coupes sur les lignes régionales des cantons alpins
Par Sophie Reymond
Publié le 4 décembre 2026 à 11h20
Le Budget de la Confédération pour 2027 ne sera pas voté avant le printemps, a décidé mercredi le Parlement.
Les commissions veulent connaître les effets des économies prévues par le Budget de la Confédération sur les lignes régionales.
Les cantons alpins craignent la fermeture de plusieurs lignes de bus et de train dans les vallées.
Le gouvernement devra présenter un rapport détaillé sur le Budget de la Confédération avant la fin février.
)";
const char* const de_page = R"(Startseite
Politik
Wirtschaft
Streit um den Bundeshaushalt
Die Koalition verschiebt die Abstimmung über die Kürzungen bei den Regionalzügen
Die Länder verlangen vom Finanzminister eine Schätzung, wie viele Verbindungen in den ländlichen Gebieten wegfallen würden
Von Lukas Brunner
04.12.2026, 11:20 Uhr
Der Streit um den Bundeshaushalt geht weiter: Die Koalition hat die Abstimmung über die Kürzungen verschoben.
Die Länder wollen wissen, welche Folgen die Kürzungen im Bundeshaushalt für die Regionalzüge haben.
Mehrere Verkehrsverbände warnen, dass in ländlichen Gebieten ganze Strecken stillgelegt werden könnten.
Der Finanzminister soll bis Ende Februar eine Schätzung zum Bundeshaushalt vorlegen.
)";
const char* const en_page = R"(Home
Local
Politics
Budget of the Harbour Authority
Council agrees to freeze ferry fares for another year despite rising fuel costs
The deal leaves the Harbour Authority to find four million pounds in savings before the spring budget is set
By Nora Whitfield
December 4, 2026 11:20 AM
The Budget of the Harbour Authority will freeze ferry fares for a second year, the council agreed on Wednesday.
Councillors said the Harbour Authority would have to find four million pounds in savings before the spring.
Fuel costs for the ferries have risen by a fifth since last winter, according to the operator.
The Harbour Authority is expected to publish its savings plan in February.
)";
const char* const en_title_page = R"(Home
Local
Politics
Harbour Authority Freezes Ferry Fares
Councillors agree to keep prices at this year's level despite rising fuel costs and a gap in the harbour budget
By Nora Whitfield
December 4, 2026 11:20 AM
The Harbour Authority will freeze ferry fares for a second year, the council agreed on Wednesday.
Councillors said the Harbour Authority would have to find four million pounds in savings before the spring.
Fuel costs for the ferries have risen by a fifth since last winter, according to the operator.
The Harbour Authority is expected to publish its savings plan in February and to freeze ferry fares again.
)";
const char* const de_title_page = R"(Startseite
Politik
Wirtschaft
Koalition vertagt den Haushaltsstreit
Die Länder verlangen vom Finanzminister eine Schätzung, wie viele Verbindungen in ländlichen Gebieten wegfallen würden
Von Lukas Brunner
04.12.2026, 11:20 Uhr
Die Koalition vertagt den Haushaltsstreit: Die Abstimmung über die Kürzungen wurde verschoben.
Die Länder wollen wissen, welche Folgen die Kürzungen im Haushaltsstreit für die Regionalzüge haben.
Mehrere Verkehrsverbände warnen, dass in ländlichen Gebieten ganze Strecken stillgelegt werden könnten.
Der Finanzminister soll bis Ende Februar eine Schätzung vorlegen, sagt die Koalition.
)";

} // namespace

TEST_CASE("a topic's name in Title Case over the title and its signed deck is the kicker",
          "[headline][kicker][head85]") {
    const archive::test::HeadRow rows[] = {
        {es_page, "Plan Estatal de Vivienda",
         "El Gobierno aplaza hasta marzo el reparto de las ayudas para el alquiler joven",
         "El ministerio ofrece a las comunidades un adelanto de 400 millones a cambio de revisar los precios de "
         "referencia"},
        {fr_page, "Budget de la Confédération",
         "Le Parlement renvoie au printemps le vote sur les économies dans les transports publics",
         "Les commissions demandent au gouvernement de chiffrer les effets des coupes sur les lignes régionales des "
         "cantons alpins"},
        {de_page, "Streit um den Bundeshaushalt",
         "Die Koalition verschiebt die Abstimmung über die Kürzungen bei den Regionalzügen",
         "Die Länder verlangen vom Finanzminister eine Schätzung, wie viele Verbindungen in den ländlichen Gebieten "
         "wegfallen würden"},
        {en_page, "Budget of the Harbour Authority",
         "Council agrees to freeze ferry fares for another year despite rising fuel costs",
         "The deal leaves the Harbour Authority to find four million pounds in savings before the spring budget is "
         "set"},
    };
    archive::test::check_heads(rows);
}

TEST_CASE("a short title in Title Case over its standfirst and byline stays the headline", "[headline][head85]") {
    const archive::test::HeadRow rows[] = {
        {en_title_page, "", "Harbour Authority Freezes Ferry Fares",
         "Councillors agree to keep prices at this year's level despite rising fuel costs and a gap in the harbour "
         "budget"},
        {de_title_page, "", "Koalition vertagt den Haushaltsstreit",
         "Die Länder verlangen vom Finanzminister eine Schätzung, wie viele Verbindungen in ländlichen Gebieten "
         "wegfallen würden"},
    };
    archive::test::check_heads(rows);
}

TEST_CASE("a topic's name in Title Case printed again by the tags at the page's foot is still the kicker",
          "[headline][kicker][head85]") {
    const std::string es_tagged = std::string(es_page) + "Archivado en\nPlan Estatal de Vivienda\nAlquiler\n";
    const std::string en_tagged = std::string(en_page) + "Topics\nBudget of the Harbour Authority\nFerries\n";
    const archive::test::HeadRow rows[] = {
        {es_tagged, "Plan Estatal de Vivienda",
         "El Gobierno aplaza hasta marzo el reparto de las ayudas para el alquiler joven",
         "El ministerio ofrece a las comunidades un adelanto de 400 millones a cambio de revisar los precios de "
         "referencia"},
        {en_tagged, "Budget of the Harbour Authority",
         "Council agrees to freeze ferry fares for another year despite rising fuel costs",
         "The deal leaves the Harbour Authority to find four million pounds in savings before the spring budget is "
         "set"},
    };
    archive::test::check_heads(rows);
}
