// A topic's label of four words or more in capitals right over the title ("PRESUPUESTOS GENERALES DEL ESTADO",
// "RÉFORME DES RETRAITES AGRICOLES"), the title over its standfirst and byline: the label is the kicker, though it
// shares the article's words better than the title (the text prints the topic in capitals too) and names_line()
// reads its capitalised words as a name. Invented pages, es, it, fr, de.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline_rows.hpp"

#include <string>

namespace {
const char* const es_page = R"(Portada
Nacional
Economía
PRESUPUESTOS GENERALES DEL ESTADO
El Gobierno pacta con sus socios una prórroga de las cuentas hasta la primavera
Hacienda ofrece a los grupos un fondo de 2.000 millones para las comunidades a cambio de aplazar la votación
Marta Ruiz Gil
Madrid - 05 dic 2026 - 14:32 CET
El Gobierno ha cerrado este sábado un acuerdo con sus socios para prorrogar los Presupuestos Generales del Estado hasta la primavera.
La ministra de Hacienda presentó a los grupos un fondo de 2.000 millones para las comunidades autónomas, que podrán usar para la sanidad.
Los socios aceptaron aplazar la votación de las nuevas cuentas a cambio de ese fondo y de otras medidas del Gobierno.
La oposición criticó el acuerdo y pidió que el Gobierno presente cuanto antes las cuentas en el Congreso de los Diputados.
Archivado en
Presupuestos Generales del Estado
)";
const char* const it_page = R"(Home
Politica
Economia
MANOVRA DI BILANCIO STATALE
Il governo rinvia il voto sulla manovra a dopo le feste di fine anno
Il ministro offre alle regioni un fondo di due miliardi in cambio del rinvio del voto in aula
di Marco Bellini
05 dicembre 2026, 14:32
Il governo ha chiuso sabato un accordo con la maggioranza per rinviare il voto sulla Manovra di Bilancio a gennaio.
Il ministro dell'Economia ha presentato alle regioni un fondo di due miliardi, che potranno usare per la sanità pubblica.
I partiti della maggioranza hanno accettato di rinviare il voto in cambio del fondo e di altre misure del governo.
L'opposizione ha criticato l'accordo e ha chiesto al governo di portare subito il testo in Parlamento.
)";
const char* const fr_page = R"(Accueil
Politique
Économie
RÉFORME DES RETRAITES AGRICOLES
Le gouvernement repousse le vote de la réforme après les fêtes de fin d'année
Le ministre propose aux syndicats un fonds de deux milliards en échange d'un report du vote au Parlement
Par Claire Dumas
Publié le 5 décembre 2026 à 14h32
Le gouvernement a conclu samedi un accord avec sa majorité pour reporter le vote sur la Réforme des Retraites Agricoles à janvier.
Le ministre de l'Agriculture a présenté aux syndicats un fonds de deux milliards, destiné aux exploitants les plus modestes.
Les députés de la majorité ont accepté le report en échange de ce fonds et d'autres mesures du gouvernement.
L'opposition a critiqué l'accord et demandé au gouvernement de présenter le texte sans attendre.
)";
const char* const de_page = R"(Startseite
Politik
Wirtschaft
STREIT UM DIE SCHULDENBREMSE
Koalition vertagt die Abstimmung über den Haushalt auf das neue Jahr
Der Finanzminister bietet den Ländern zwei Milliarden Euro an, wenn sie der Vertagung im Bundesrat zustimmen
Von Jonas Fehrmann
05.12.2026, 14:32 Uhr
Die Koalition hat sich am Samstag darauf geeinigt, die Abstimmung über den Haushalt in den Januar zu verschieben.
Der Finanzminister bot den Ländern einen Fonds von zwei Milliarden Euro an, den sie für Schulen nutzen können.
Die Fraktionen stimmten der Vertagung im Gegenzug für den Fonds und weitere Zusagen der Regierung zu.
Die Opposition kritisierte die Einigung und forderte die Regierung auf, den Haushalt sofort vorzulegen.
)";

} // namespace

TEST_CASE("a topic's label of four words or more in capitals over the title is its kicker",
          "[headline][kicker][head82]") {
    const archive::test::HeadRow rows[] = {
        {es_page, "PRESUPUESTOS GENERALES DEL ESTADO",
         "El Gobierno pacta con sus socios una prórroga de las cuentas hasta la primavera",
         "Hacienda ofrece a los grupos un fondo de 2.000 millones para las comunidades a cambio de aplazar la "
         "votación"},
        {it_page, "MANOVRA DI BILANCIO STATALE", "Il governo rinvia il voto sulla manovra a dopo le feste di fine anno",
         "Il ministro offre alle regioni un fondo di due miliardi in cambio del rinvio del voto in aula"},
        {fr_page, "RÉFORME DES RETRAITES AGRICOLES",
         "Le gouvernement repousse le vote de la réforme après les fêtes de fin d'année",
         "Le ministre propose aux syndicats un fonds de deux milliards en échange d'un report du vote au Parlement"},
        {de_page, "STREIT UM DIE SCHULDENBREMSE",
         "Koalition vertagt die Abstimmung über den Haushalt auf das neue Jahr",
         "Der Finanzminister bietet den Ländern zwei Milliarden Euro an, wenn sie der Vertagung im Bundesrat "
         "zustimmen"},
    };
    archive::test::check_heads(rows);
}

TEST_CASE("a name in capitals opened by a known given name over the title is no topic's kicker",
          "[headline][kicker][head82]") {
    std::string page = es_page;
    const std::string label = "PRESUPUESTOS GENERALES DEL ESTADO";
    page.replace(page.find(label), label.size(), "JOSÉ LUIS DEL CASTILLO");
    const archive::Article a = archive::parse(page, "x");
    CHECK(a.kicker.value_or("") != "JOSÉ LUIS DEL CASTILLO");
    CHECK(a.headline.value_or("") == "El Gobierno pacta con sus socios una prórroga de las cuentas hasta la primavera");
}
