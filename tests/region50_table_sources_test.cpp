// The line under a table's last row that names where its figures come from ("Source : Euronext", "Quelle:
// Destatis", "Source: Office for National Statistics") closes the table: it heads no section over the text after the
// table, which goes on in the same section (sections_build.cpp table_source_line()). The French row fails on the
// base: French prints a space before the colon, and "Source: X" unspaced under a row is taken as a credit of the row
// (media) before sections are built, so the German and English rows pass on the base too; they stay as guards of
// the same kind in the section that keeps its text. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Table {
    const char* lang;
    std::string page, source, label;
};

std::vector<Table> tables() {
    return {
        {"fr",
         "Le Quotidien de l'Économie\nMarchés\nEntreprises\nBourse\nLe CAC 40 finit la semaine en hausse grâce au "
         "secteur du luxe\nPar Julie Marchand\nPublié le 5 décembre 2026 à 18h10\n"
         "La Bourse de Paris a terminé vendredi sa meilleure semaine depuis l'été, portée par les valeurs du luxe.\n"
         "Les investisseurs ont salué les chiffres de la consommation en Asie, meilleurs que prévu ce trimestre.\n"
         "Les plus fortes hausses\n"
         "Valeur\tCours (€)\tVar. semaine\nAubert\t212,40\t+7,2 %\nMaison Ferrand\t88,10\t+5,1 %\n"
         "Groupe Lenoir\t1.204,00\t+4,4 %\n"
         "Source : Euronext\n"
         "« C'est un signal encourageant, mais il faudra le confirmer en janvier », estime une gérante de fonds.\n"
         "Sur le marché obligataire, le rendement à dix ans a reculé à 3,05 %, contre 3,14 % une semaine plus tôt.\n"
         "Partager\nContact\nMentions légales\n",
         "Source : Euronext", "Les plus fortes hausses"},
        {"de",
         "Das Wirtschaftsblatt\nMärkte\nUnternehmen\nKonjunktur\nDie Industrie produziert wieder mehr als im "
         "Vormonat\nVon Jonas Albrecht\n5. Dezember 2026, 10:15 Uhr\n"
         "Die deutsche Industrie hat im Oktober wieder mehr hergestellt, nachdem sie drei Monate geschrumpft war.\n"
         "Vor allem die Hersteller von Maschinen und Fahrzeugen meldeten deutlich mehr Aufträge aus dem Ausland.\n"
         "Produktion nach Branchen\n"
         "Branche\tOktober\tSeptember\nMaschinenbau\t+2,1 %\t-0,8 %\nFahrzeugbau\t+1,6 %\t-1,9 %\n"
         "Chemie\t-0,4 %\t-0,2 %\n"
         "Quelle: Destatis\n"
         "„Von einer Trendwende zu sprechen, wäre verfrüht“, sagte eine Ökonomin der Landesbank am Freitag.\n"
         "Die Energiepreise belasten weiter vor allem die Chemie, deren Produktion erneut leicht zurückging.\n"
         "Teilen\nKontakt\nImpressum\n",
         "Quelle: Destatis", "Produktion nach Branchen"},
        {"en",
         "The Business Courier\nMarkets\nCompanies\nEconomy\nFactory output rises for the first time in four months\n"
         "By Helen Ward\nDecember 5, 2026\n"
         "Factories made more goods in October than in September, after three months in which output had fallen.\n"
         "Makers of machines and vehicles reported most of the gain, on stronger orders from abroad this autumn.\n"
         "Output by sector\n"
         "Sector\tOctober\tSeptember\nMachinery\t+2.1%\t-0.8%\nVehicles\t+1.6%\t-1.9%\nChemicals\t-0.4%\t-0.2%\n"
         "Source: Office for National Statistics\n"
         "\"It is too early to call it a recovery,\" an economist at the Harbour Bank said on Friday afternoon.\n"
         "Energy prices still weigh on chemicals, whose output fell slightly for a fifth month in a row.\n"
         "Share\nContact\nTerms\n",
         "Source: Office for National Statistics", "Output by sector"},
    };
}

} // namespace

TEST_CASE("a table's source line heads no section over the text after the table", "[region][region50]") {
    for (const Table& t : tables()) {
        INFO(t.lang);
        const Article a = parse(t.page);
        CHECK_FALSE(test::contains(test::headings_of(a), t.source));
        // (The table's label glued between the text and its rows may head the table and the text under it:
        // labels_table(); no other line does.)
        for (const std::string& h : test::headings_of(a))
            CHECK(h == t.label);
    }
}
