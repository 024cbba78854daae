// A live ticker's entry title cut by one spaced dash ("Drohnenangriff auf Hafen – zwei Verletzte", "Grève à la SNCF
// – trafic perturbé") under the entry's time stamp heads its entry like the others, no menu line with a separator
// (sections_build.cpp heads()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    std::string page, title;
};

std::vector<Row> rows() {
    return {
        {"de",
         "Nachrichtenportal\nPolitik\nWirtschaft\nLiveticker\nSturmtief über der Nordsee im Liveticker\n"
         "5. Dezember 2026\n"
         "14:32 Uhr\nFähren stellen Verkehr nach Helgoland ein\n"
         "Wegen des Sturms haben die Reedereien alle Fahrten nach Helgoland für den heutigen Tag abgesagt.\n"
         "13:58 Uhr\nBaum stürzt auf Bahnstrecke – zwei Verletzte\n"
         "Bei Husum ist ein Baum auf die Oberleitung gestürzt, zwei Reisende wurden nach Angaben der Polizei leicht "
         "verletzt.\n"
         "13:15 Uhr\nDeichverband warnt vor Sturmflut\n"
         "Der Deichverband rechnet am Abend mit einem Wasserstand von zwei Metern über dem mittleren Hochwasser.\n"
         "12:40 Uhr\nSchulen bleiben geschlossen\n"
         "Im Kreis Nordfriesland fällt der Unterricht am Freitag aus, teilte das Schulamt am Mittag mit.\n"
         "Teilen\nImpressum\n",
         "Baum stürzt auf Bahnstrecke – zwei Verletzte"},
        {"fr",
         "Le Portail Info\nPolitique\nÉconomie\nEn direct\nTempête sur la Manche : suivez notre direct\n"
         "5 décembre 2026\n"
         "14h32\nLes ferries restent à quai à Cherbourg\n"
         "En raison de la tempête, les compagnies ont annulé toutes les traversées vers l'Angleterre pour la journée.\n"
         "13h58\nUn arbre tombe sur une voie ferrée – deux blessés\n"
         "Près de Caen, un arbre est tombé sur la caténaire, et deux voyageurs ont été légèrement blessés selon la "
         "gendarmerie.\n"
         "13h15\nLa préfecture redoute une forte marée\n"
         "La préfecture prévoit en soirée une hauteur d'eau supérieure de deux mètres à la normale sur le littoral.\n"
         "12h40\nLes écoles resteront fermées\n"
         "Dans le Cotentin, les cours n'auront pas lieu vendredi, a indiqué le rectorat en fin de matinée.\n"
         "Partager\nMentions légales\n",
         "Un arbre tombe sur une voie ferrée – deux blessés"},
    };
}

} // namespace

TEST_CASE("a live entry's title cut by one dash heads its entry", "[region][region50]") {
    for (const Row& r : rows()) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::contains(test::headings_of(a), r.title));
        CHECK_FALSE(test::contains(a.boilerplate, r.title));
    }
}
