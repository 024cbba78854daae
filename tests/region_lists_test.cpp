// Tests of the lists under the article's last paragraph that join its region: the short entries its colon
// announces, and the rows of a table of facts.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

// An invented story of a ferry pier in each language: a title, then paragraphs of text.
std::string ferry_story(const std::string& lang) {
    if (lang == "de")
        return "Hafenblatt\nNachrichten\nDie Fähre legt wieder am Nordkai an\n"
               "Die Fähre zur Insel legt seit Montag wieder am Nordkai an, nachdem der Steg den ganzen Winter über "
               "erneuert worden war.\n"
               "Der Hafenmeister sagte, die neuen Bohlen hielten auch den schweren Lastwagen stand, die im Sommer zur "
               "Insel fahren.\n"
               "Die Gemeinde hat für die Arbeiten mehr als zwei Millionen Euro ausgegeben, die Hälfte davon kam vom "
               "Land.\n";
    if (lang == "fr")
        return "La Gazette du port\nActualités\nLe bac accoste de nouveau au quai nord\n"
               "Le bac de l'île accoste de nouveau au quai nord depuis lundi, après un hiver de travaux sur le "
               "ponton.\n"
               "Le capitaine du port a expliqué que les nouvelles planches supportent aussi les camions lourds qui "
               "vont sur l'île en été.\n"
               "La commune a dépensé plus de deux millions d'euros pour les travaux, dont la moitié est venue de la "
               "région.\n";
    if (lang == "es")
        return "La Gaceta del Puerto\nNoticias\nEl ferri vuelve a atracar en el muelle norte\n"
               "El ferri de la isla vuelve a atracar en el muelle norte desde el lunes, después de un invierno de "
               "obras en el pantalán.\n"
               "El capitán del puerto explicó que las nuevas tablas soportan también los camiones pesados que van a "
               "la isla en verano.\n"
               "El ayuntamiento gastó más de dos millones de euros en las obras, la mitad de los cuales llegó de la "
               "región.\n";
    return "Harbour Gazette\nNews\nThe ferry docks at the north quay again\n"
           "The island ferry has docked at the north quay again since Monday, after a winter of work on the "
           "landing stage.\n"
           "The harbour master said the new planks also bear the heavy lorries that cross to the island in the "
           "summer.\n"
           "The town spent more than two million euros on the work, half of which came from the region.\n";
}

bool has_paragraph(const Article& a, const std::string& line) {
    const auto paragraphs = test::paragraphs_of(a);
    return std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end();
}

struct ListRow {
    const char* lang;
    const char* tail;                  // the lines under the story's last paragraph
    std::vector<const char*> entries; // lines of the tail that join the body (or stay out, when `taken` is false)
    bool taken;
};

void check_list_rows(const std::vector<ListRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.tail);
        const Article a = classify(segment(ferry_story(r.lang) + r.tail + "Contact\nImprint\n"), r.lang);
        for (const char* entry : r.entries) {
            INFO(entry);
            CHECK(has_paragraph(a, entry) == r.taken);
        }
    }
}

} // namespace

TEST_CASE("the short entries a closing paragraph's colon announces join the article", "[region][lists]") {
    check_list_rows({
        {"en",
         "Three things changed for the passengers:\nA wider gangway for bicycles\nHeated seats in the cabin\n"
         "Tickets sold on board\n",
         {"A wider gangway for bicycles", "Heated seats in the cabin", "Tickets sold on board"},
         true},
        {"de",
         "Für die Fahrgäste ändert sich einiges:\nEin breiterer Steg für Fahrräder\nBeheizte Sitze in der Kabine\n"
         "Fahrkarten an Bord\n",
         {"Ein breiterer Steg für Fahrräder", "Beheizte Sitze in der Kabine", "Fahrkarten an Bord"},
         true},
        {"fr",
         "Pour les passagers, trois choses changent :\nUne passerelle plus large pour les vélos\n"
         "Des sièges chauffés dans la cabine\nDes billets vendus à bord\n",
         {"Une passerelle plus large pour les vélos", "Des sièges chauffés dans la cabine", "Des billets vendus à bord"},
         true},
        // A title with every word capitalised announces other articles' titles.
        {"en",
         "You May Also Want To See These:\nLighthouse Keepers Of The North\nThe Fish Market In Winter\n"
         "A Walk Along The Dunes\n",
         {"Lighthouse Keepers Of The North", "The Fish Market In Winter"},
         false},
        // A single line under the colon is a label ("Gallery"), not a list.
        {"en", "More pictures of the pier in our gallery:\nPhoto gallery\n", {"Photo gallery"}, false},
        // A longer run of short lines under it is a menu or a list of titles, not the article's list.
        {"en",
         "Read more from the coast:\nFerry timetables change\nNew harbour master named\nFish market in winter\n"
         "Lighthouse open again\nStorm damage at the pier\nSailing school opens\nBeach cleaning day\n"
         "Ferry prices go up\nNew cafe at the quay\nDivers find old anchor\nThe island's school\n",
         {"Ferry timetables change", "New harbour master named"},
         false},
    });
}

TEST_CASE("the rows of a table of facts under the article's last paragraph join it", "[region][lists]") {
    check_list_rows({
        {"en", "Length: 48 metres\nPassengers: 320\nCars: 40\n", {"Length: 48 metres", "Passengers: 320", "Cars: 40"},
         true},
        {"de", "Länge: 48 Meter\nFahrgäste: 320\nAutos: 40\n", {"Länge: 48 Meter", "Fahrgäste: 320", "Autos: 40"}, true},
        {"fr", "Longueur : 48 mètres\nPassagers : 320\nVoitures : 40\n",
         {"Longueur : 48 mètres", "Passagers : 320", "Voitures : 40"}, true},
        {"es", "Eslora: 48 metros\nPasajeros: 320\nCoches: 40\n", {"Eslora: 48 metros", "Pasajeros: 320", "Coches: 40"},
         true},
        // Under a lead of their own, block after block.
        {"en", "The new ferry:\nLength: 48 metres\nPassengers: 320\nThe old ferry:\nLength: 36 metres\nPassengers: 210\n",
         {"Length: 48 metres", "Passengers: 320", "Length: 36 metres", "Passengers: 210"}, true},
        // A single row is no table.
        {"en", "Photo: Jane Roe\n", {"Photo: Jane Roe"}, false},
    });
}

TEST_CASE("a review's verdict, a lead over an entry and a table of facts under its own lead, joins the article",
          "[region][lists]") {
    check_list_rows({
        {"en", "What we did not like:\nThe small fuel tank of 47 litres\nTest verdict:\nSafety: 1\nComfort: 2\nConsumption: 1\n",
         {"The small fuel tank of 47 litres", "Safety: 1", "Comfort: 2", "Consumption: 1"}, true},
        {"de",
         "Was uns nicht gefällt:\nDer kleine Tank mit 47 Litern\nTestzeugnis:\nSicherheit: 1\nKomfort: 2\nVerbrauch: 1\n",
         {"Der kleine Tank mit 47 Litern", "Sicherheit: 1", "Komfort: 2", "Verbrauch: 1"}, true},
        {"fr",
         "Ce que nous n'avons pas aimé :\nLe petit réservoir de 47 litres\nVerdict du test :\nSécurité : 1\n"
         "Confort : 2\nConsommation : 1\n",
         {"Le petit réservoir de 47 litres", "Sécurité : 1", "Confort : 2", "Consommation : 1"}, true},
        // A lead over a link's title and no table under it ("Read more:") is no verdict.
        {"en", "Read more:\nFerry prices go up again\nShare:\nFacebook\n", {"Ferry prices go up again"}, false},
        // Nor is a book's title over other articles' titles with a colon.
        {"de",
         "Zum Buch:\nDer Hafen von Wendle\nZum Thema:\nUmfrage im Hafen: Fähren bleiben beliebt bei Pendlern\n"
         "Neuer Kai: Bauarbeiten beginnen im März mit dem Abriss\n",
         {"Der Hafen von Wendle", "Umfrage im Hafen: Fähren bleiben beliebt bei Pendlern"}, false},
    });
}
