// Stacked headings and labels over lists of short items: a group's title glued over the heading of its first part
// heads an empty section of its own; a label glued over a list of names or short items, closed by the next heading,
// heads them. Whole pages, one row per kind of page, in several languages; and the lines of those shapes that are no
// heading (a list's last item, a picture's caption set apart, a row of figures).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <deque>
#include <string>

using namespace archive;
using archive::test::check_heading_rows;

namespace {

// The opening each page of a language shares: a headline and two paragraphs of text.
const std::string en_top = R"(These weeks in the harbour office
The harbour office closed a record number of tickets this month, and the new ferry timetable is now online.
The night crossings run every hour again since Monday, and the kiosks on the quay sell tickets for them.
)";
const std::string de_top = R"(Neues aus dem Hafenamt
Das Hafenamt hat in diesem Monat so viele Anfragen erledigt wie nie zuvor, und der neue Fahrplan ist online.
Die Nachtfähren fahren seit Montag wieder stündlich, und die Automaten am Kai verkaufen die Fahrkarten dafür.
)";
const std::string fr_top = R"(Les nouvelles du bureau du port
Le bureau du port a traité ce mois-ci plus de demandes que jamais, et les nouveaux horaires des bacs sont en ligne.
Les traversées de nuit partent de nouveau toutes les heures depuis lundi, et les bornes du quai vendent les billets.
)";
const std::string it_top = R"(Le novità dall'ufficio del porto
L'ufficio del porto ha chiuso questo mese più pratiche che mai, e il nuovo orario dei traghetti è online.
Le corse notturne partono di nuovo ogni ora da lunedì, e le macchinette sul molo vendono i biglietti.
)";
const std::string es_top = R"(Las novedades de la oficina del puerto
La oficina del puerto cerró este mes más trámites que nunca, y el nuevo horario de los transbordadores ya está en línea.
Los trayectos nocturnos salen otra vez cada hora desde el lunes, y las máquinas del muelle venden los billetes.
)";

// A page: the opening and the lines under it (kept alive for the rows that point at it).
const char* page(const std::string& top, const char* lines) {
    static std::deque<std::string> pages;
    return pages.emplace_back(top + lines).c_str();
}

} // namespace

TEST_CASE("a title glued over a heading right over its text heads an empty section", "[classify][heading]") {
    check_heading_rows({
        {"en", page(en_top, R"(Friends of the harbour
Introductions
Anna Berg joins the ticket office on the quay today. She moved over from the museum. Welcome, Anna!
Tom Roe mended the departure boards at the north gate, which showed the wrong times after the storm.
)"),
         {"Friends of the harbour", "Introductions"}},
        {"de", page(de_top, R"(Freunde des Hafens
Vorstellungen
Anna Berg verstärkt ab heute das Fahrkartenbüro am Kai. Sie kommt aus dem Museum zu uns. Willkommen, Anna!
Tom Roth hat die Anzeigetafeln am Nordtor repariert, die nach dem Sturm die falschen Zeiten zeigten.
)"),
         {"Freunde des Hafens", "Vorstellungen"}},
        {"fr", page(fr_top, R"(Les amis du port
Présentations
Anne Bérard rejoint aujourd'hui le guichet du quai. Elle vient du musée de la ville. Bienvenue, Anne !
Thomas Roux a réparé les panneaux des départs de la porte nord, qui affichaient de mauvaises heures.
)"),
         {"Les amis du port", "Présentations"}},
        {"it", page(it_top, R"(Gli amici del porto
Presentazioni
Anna Bruni entra oggi nella biglietteria del molo. Arriva dal museo della città. Benvenuta, Anna!
Tommaso Rossi ha riparato i tabelloni delle partenze alla porta nord, che mostravano orari sbagliati.
)"),
         {"Gli amici del porto", "Presentazioni"}},
        {"es", page(es_top, R"(Los amigos del puerto
Presentaciones
Ana Blanco se une hoy a la taquilla del muelle. Viene del museo de la ciudad. ¡Bienvenida, Ana!
Tomás Ruiz arregló los paneles de salidas de la puerta norte, que mostraban horas equivocadas.
)"),
         {"Los amigos del puerto", "Presentaciones"}},
    });
}

TEST_CASE("a label glued over names closed by the next heading heads them", "[classify][heading]") {
    check_heading_rows({
        {"en", page(en_top, R"(Tickets closed by volunteers
Anna Berg
Tom Roe [:tr]
Sam
Lena Vogt
New volunteers this month
Lena Vogt repaired the old bell at the end of the pier, which had not rung since the winter storms.
)"),
         {"Tickets closed by volunteers", "New volunteers this month"}},
        {"de", page(de_top, R"(Von Freiwilligen erledigte Anfragen
Anna Berg
Tom Roth [:tr]
Sami
Lena Vogt
Neue Freiwillige in diesem Monat
Lena Vogt hat die alte Glocke am Ende der Mole repariert, die seit den Winterstürmen nicht mehr geläutet hatte.
)"),
         {"Von Freiwilligen erledigte Anfragen", "Neue Freiwillige in diesem Monat"}},
        {"es", page(es_top, R"(Trámites cerrados por los voluntarios
Ana Blanco
Tomás Ruiz [:tr]
Samuel
Lena Vidal
Nuevos voluntarios de este mes
Lena Vidal arregló la vieja campana al final del muelle, que no sonaba desde las tormentas del invierno.
)"),
         {"Trámites cerrados por los voluntarios", "Nuevos voluntarios de este mes"}},
    });
}

TEST_CASE("a section's title glued over a label of names heads an empty section", "[classify][heading]") {
    check_heading_rows({
        {"en", page(en_top, R"(Closed tickets (volunteers)
Closed more than one ticket
Anna Berg
Tom Roe [:tr]
Sam
New volunteers who joined this month
Lena Vogt repaired the old bell at the end of the pier, which had not rung since the winter storms.
)"),
         {"Closed tickets (volunteers)", "Closed more than one ticket", "New volunteers who joined this month"}},
        {"fr", page(fr_top, R"(Demandes traitées (bénévoles)
Plus d'une demande traitée chacun
Anne Bérard
Thomas Roux [:tr]
Samir
Les nouveaux bénévoles du mois de mars
Léna Vidal a réparé la vieille cloche au bout de la jetée, qui ne sonnait plus depuis les tempêtes de l'hiver.
)"),
         {"Demandes traitées (bénévoles)", "Plus d'une demande traitée chacun",
          "Les nouveaux bénévoles du mois de mars"}},
        {"it", page(it_top, R"(Pratiche chiuse (volontari)
Più di una pratica chiusa a testa
Anna Bruni
Tommaso Rossi [:tr]
Samuele
I nuovi volontari arrivati questo mese
Lena Villa ha riparato la vecchia campana in fondo al molo, che non suonava più dalle tempeste invernali.
)"),
         {"Pratiche chiuse (volontari)", "Più di una pratica chiusa a testa",
          "I nuovi volontari arrivati questo mese"}},
    });
}

TEST_CASE("on a page of title-case headings the stacked titles and the labels of names stay", "[classify][heading]") {
    // (The folds of a title-case page turn its headings in sentence case into paragraphs: not a label of names, nor
    // a title stacked over a heading that stays.)
    check_heading_rows({
        {"en", R"(These Weeks in the Harbour Office
The harbour office closed a record number of tickets this month, and the new ferry timetable is now online. We thank everyone who wrote to us about the old one.
Ticket Office Hours
The ticket office on the quay opens an hour earlier from Monday, so that the first crossing can fill up. It closes at the same time as before.
Night Crossings Resume
The night crossings run every hour again since Monday, and the kiosks on the quay sell tickets for them. The last boat leaves the north pier at two.
Friends of the harbour
Introductions
Anna Berg joins the ticket office on the quay today. She moved over from the museum, where she ran the shop for six years. Welcome, Anna!
Closed tickets (volunteers)
Closed more than one ticket
Anna Berg
Tom Roe [:tr]
Sam
Volunteers Who Joined This Month
Lena Vogt repaired the old bell at the end of the pier, which had not rung since the winter storms. She found the crack herself.
Winter Timetable and Fares
The winter timetable keeps two crossings an hour until March, and the fares stay as they were last year. Children still travel free.
Harbour Projects
Quay Works
Crane Repairs
The old crane on the east quay gets a new engine this winter, and it will lift the fishing boats again by April. The council pays half.
)",
         {"Ticket Office Hours", "Night Crossings Resume", "Friends of the harbour",
          "Introductions", "Closed tickets (volunteers)", "Closed more than one ticket", "Volunteers Who Joined This Month",
          "Winter Timetable and Fares", "Harbour Projects", "Quay Works", "Crane Repairs"}},
    });
}

TEST_CASE("a list's last item or a caption glued over a heading heads nothing", "[classify][heading]") {
    check_heading_rows({
        // The last of the items of a list over the next heading.
        {"en", page(en_top, R"(Sam fixed the gate
Lena mended a bell
Winter planning begins
Timetables
The winter timetable keeps two crossings an hour until the first of March, when the spring boats return.
)"),
         {"Timetables"}},
        // A caption set apart from the text above it, over a heading.
        {"de", page(de_top, R"(
Die alte Glocke am Ende der Mole
Schritt 2

Die Glocke wird abgenommen und in der Werkstatt am Kai gereinigt, bevor sie wieder aufgehängt wird.
)"),
         {"Schritt 2"}},
        // Rows of figures under a heading: the first is no label over the others.
        {"de", page(de_top, R"(Zutaten
250 Gramm Quark mager
100 Gramm Honig
3 Eier
1 Prise Salz
2 Löffel geriebene Schale einer Zitrone nach Belieben
Zubereitung
Den Quark mit dem Honig und den Eiern verrühren und die Masse eine Stunde im Ofen backen lassen.
)"),
         {"Zutaten", "Zubereitung"}},
    });
}
