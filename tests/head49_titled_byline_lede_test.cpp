// A standfirst under the headline over the author's name with the job title glued after it ("Helen Marsh Environment
// correspondent", "Jeanne Morel Envoyée spéciale") or on the line under it ("Anna Muster" / "Korrespondentin"), over
// the date line: the name is read as the byline only later, but it sets a standfirst in the headline's terse style
// apart from the body as a byline does, so the standfirst is the lede. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a standfirst over the author's name and job title is the lede", "[classify][lede][byline][head49]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* lede; // the lede's opening, "" for none
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"en",
         "Home\nNews\nWater firms face record fines after sewage spills doubled, regulator says\n"
         "Report finds most firms missed targets as ministers weigh tougher penalties for repeat offenders\n"
         "Helen Marsh Environment correspondent\nSat 5 Dec 2026 07.00 GMT\n"
         "Water companies face record fines after the number of sewage spills doubled last year, the regulator said.\n"
         "The report found that most of the firms missed their targets for the third year running.\n",
         "Report finds most firms missed targets", {"Helen Marsh"}},
        {"en",
         "Home\nNews\nWater firms face record fines after sewage spills doubled, regulator says\n"
         "Report finds most firms missed targets as ministers weigh tougher penalties for repeat offenders\n"
         "Helen Marsh\nEnvironment correspondent\nSat 5 Dec 2026 07.00 GMT\n"
         "Water companies face record fines after the number of sewage spills doubled last year, the regulator said.\n"
         "The report found that most of the firms missed their targets for the third year running.\n",
         "Report finds most firms missed targets", {"Helen Marsh"}},
        {"fr",
         "Accueil\nPlanète\nLes compagnies des eaux menacées d'amendes record après des rejets en hausse\n"
         "Onze compagnies hors objectifs, Paris envisage sanctions plus lourdes contre récidivistes\n"
         "Jeanne Morel Envoyée spéciale\n5 décembre 2026\n"
         "Les compagnies des eaux risquent des amendes record après le doublement des rejets d'eaux usées l'an dernier.\n"
         "Le rapport montre que la plupart des compagnies ont manqué leurs objectifs pour la troisième année.\n",
         "Onze compagnies hors objectifs", {"Jeanne Morel"}},
        {"de",
         "Startseite\nPolitik\nWasserversorger drohen Rekordstrafen nach doppelt so vielen Einleitungen\n"
         "Elf Versorger verfehlen Ziele laut Aufsicht, Ministerium prüft härtere Strafen für Wiederholungstäter\n"
         "Anna Muster\nKorrespondentin\n05.12.2026, 07:00 Uhr\n"
         "Den Wasserversorgern drohen Rekordstrafen, nachdem sich die Zahl der Einleitungen im Vorjahr verdoppelt hat.\n"
         "Die meisten Versorger haben ihre Ziele demnach im dritten Jahr in Folge verfehlt, teilte die Behörde mit.\n",
         "Elf Versorger verfehlen Ziele", {"Anna Muster"}},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.lede);
        const Article a = parse(r.page);
        CHECK(a.lede.value_or("").rfind(r.lede, 0) == 0);
        CHECK(!a.lede.value_or("").empty());
        CHECK(a.authors == r.authors);
    }
}
