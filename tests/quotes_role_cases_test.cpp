// Table-driven tests of a speaker named by a role in an oblique case ("według ministra", [role_words] and
// [role_synonyms] of pl), of names of three words after a role (quote_name_spans.cpp), of outlets whose name runs
// into the speaker's (outlet_name_end), and of an according phrase closed by no comma (quote_according.cpp), on
// invented pages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a role in an oblique case describes its holder named before", "[quotes][role_cases]") {
    check_quotes({
        // pl: the genitive after "według" and "zdaniem", the holder named with the nominative and a field
        {"pl",
         {"Minister zdrowia Adam Nowak powiedział w poniedziałek, że szpitale dostaną dodatkowe środki.",
          "Według ministra pieniądze trafią do placówek jeszcze przed końcem roku."},
         "pieniądze trafią do placówek jeszcze przed końcem roku",
         "Adam Nowak",
         "ministra"},
        {"pl",
         {"Wojewoda Marek Wiśniewski unieważnił w środę uchwałę rady gminy w sprawie opłat.",
          "Zdaniem wojewody uchwała naruszała przepisy i trzeba ją przygotować od nowa."},
         "uchwała naruszała przepisy i trzeba ją przygotować od nowa",
         "Marek Wiśniewski"},
        {"pl",
         {"Marszałek Sejmu Anna Wójcik poinformowała, że głosowanie odbędzie się w piątek.",
          "Według marszałka posłowie zdążą przyjąć całą ustawę przed przerwą."},
         "posłowie zdążą przyjąć całą ustawę przed przerwą",
         "Anna Wójcik"},
        {"pl",
         {"Burmistrz Jan Lis zapowiedział, że gmina odwoła się od decyzji do sądu.",
          "Zdaniem burmistrza koszty firm odbierających odpady są coraz większe."},
         "koszty firm odbierających odpady są coraz większe",
         "Jan Lis"},
        // a spokesman's role, in the nominative after the cue and in the genitive after "według"
        {"pl",
         {"Rzecznik ratusza Piotr Zieliński zapewnił, że mieszkańcy zgłoszą uwagi do projektu.",
          "„Czekamy na wszystkie opinie” – dodał rzecznik ratusza."},
         "Czekamy na wszystkie opinie",
         "Piotr Zieliński"},
        {"pl",
         {"Rzecznik ratusza Piotr Zieliński zapewnił, że mieszkańcy zgłoszą uwagi do projektu.",
          "Według rzecznika konsultacje ruszą w połowie marca tego roku."},
         "konsultacje ruszą w połowie marca tego roku",
         "Piotr Zieliński"},
        // a phrase naming the role by other words ([role_phrases]) is the whole mention
        {"pl",
         {"Płaca minimalna wzrośnie od lipca – zapowiedział minister pracy Jan Wrona.",
          "Według szefa resortu podwyżka obejmie trzy miliony pracowników."},
         "podwyżka obejmie trzy miliony pracowników",
         "Jan Wrona",
         "szefa resortu"},
        // the same kind where the language needs no case form: de, it, es, pt
        {"de",
         {"Ministerin Anna Roth sagte am Montag, die Brücke werde im Herbst freigegeben.",
          "Laut der Ministerin kostet der Bau rund zwölf Millionen Euro."},
         "kostet der Bau rund zwölf Millionen Euro",
         "Anna Roth"},
        {"it",
         {"Il ministro della Salute Marco Bianchi ha annunciato che l'ospedale sarà pronto entro due anni.",
          "Secondo il ministro, i lavori cominceranno già in primavera."},
         "i lavori cominceranno già in primavera",
         "Marco Bianchi"},
        {"es",
         {"La ministra de Vivienda, Carmen López, anunció el martes un plan de alquiler.",
          "Según la ministra, las obras comenzarán antes del verano."},
         "las obras comenzarán antes del verano",
         "Carmen López"},
        {"pt",
         {"O ministro das Infraestruturas, João Silva, anunciou nesta segunda-feira uma nova ponte.",
          "Segundo o ministro, a obra deve ficar pronta em três anos."},
         "a obra deve ficar pronta em três anos",
         "João Silva"},
    });
}

TEST_CASE("a role in an oblique case is the holder its field names", "[quotes][role_cases]") {
    check_quotes({
        // pl: two ministers named before: the one of the field the genitive names
        {"pl",
         {"Minister zdrowia Adam Nowak i minister finansów Ewa Lis spotkali się we wtorek w Warszawie.",
          "Według ministra finansów budżet nie pozwoli na nowe wydatki w tym roku."},
         "budżet nie pozwoli na nowe wydatki w tym roku",
         "Ewa Lis"},
        // the field named the first time ends the mention: "finansów" is no reported word
        {"pl",
         {"Minister zdrowia Adam Nowak i minister finansów Ewa Lis spotkali się we wtorek w Warszawie.",
          "Według ministra finansów budżet nie pozwoli na nowe wydatki w tym roku."},
         "budżet nie pozwoli na nowe wydatki w tym roku",
         "Ewa Lis",
         "ministra finansów"},
    });
}

TEST_CASE("a name of two given names and a surname after a role keeps its first word", "[quotes][long_names]") {
    check_speakers({
        {"de", "Bürgermeister Jan Peter Roth sagte, die Stadt werde die Zufahrtsstraßen bis zum Herbst erneuern.",
         "die Stadt werde die Zufahrtsstraßen bis zum Herbst erneuern", "Jan Peter Roth"},
        {"de", "„Das ist ein großer Tag für unsere Gemeinde“, sagte Landrätin Anna Maria Vogt bei der Feier.",
         "Das ist ein großer Tag für unsere Gemeinde", "Anna Maria Vogt"},
        // two common given names open the name where no role stands before it
        {"de", "Anna Maria Vogt sagte, die Gemeinde werde das Fest im Sommer wiederholen.",
         "die Gemeinde werde das Fest im Sommer wiederholen", "Anna Maria Vogt"},
        // a noun and a name of two words: the noun is no role, the name is the last two words
        {"de", "„Wir sind zufrieden“, sagte Finanzvorsteher Beat Zaugg nach der Sitzung.", "Wir sind zufrieden",
         "Beat Zaugg"},
        // en, fr: the same kind, read whole already
        {"en", "\"This is a great day for the city,\" Mayor Mary Ann Lopez told reporters.",
         "This is a great day for the city", "Mary Ann Lopez"},
        {"fr", "« C'est un grand jour pour la ville », a déclaré le maire Jean Pierre Martin lors de l'inauguration.",
         "C'est un grand jour pour la ville", "Jean Pierre Martin"},
    });
}

TEST_CASE("an outlet's name linked to its place is no part of the speaker's name", "[quotes][outlets]") {
    check_speakers({
        {"es", "«Es una oportunidad única», dijo a Radio Nacional de España Juan Pérez, presidente de la asociación.",
         "Es una oportunidad única", "Juan Pérez"},
        {"es", "Según dijo a Radio Televisión de Galicia Ana Ruiz, la línea abrirá en otoño con diez vehículos.",
         "la línea abrirá en otoño con diez vehículos", "Ana Ruiz"},
        // a name with particles after an outlet of two words
        {"es", "«No hay dinero para todo», dijo a Radio Nacional Juan de la Fuente, concejal de Hacienda.",
         "No hay dinero para todo", "Juan de la Fuente"},
        {"it", "«Non ci sono soldi per tutto», ha detto a Radio Televisione di Stato Paolo Neri, assessore al bilancio.",
         "Non ci sono soldi per tutto", "Paolo Neri"},
        {"pt", "«Não há dinheiro para tudo», disse à Rádio Nacional de Angola João Lima, vereador das finanças.",
         "Não há dinheiro para tudo", "João Lima"},
        // en: the outlet after the speaker is no speaker
        {"en", "\"We waited a long time for this,\" council member Jean-Paul Martin told Radio New Zealand's Morning "
               "Report.",
         "We waited a long time for this", "Jean-Paul Martin"},
    });
}

TEST_CASE("an article after the according phrase's noun opens the reported clause", "[quotes][according]") {
    check_quotes({
        {"it",
         {"Il ministro della Salute Marco Bianchi ha annunciato che l'ospedale sarà pronto entro due anni.",
          "Secondo il ministro i lavori cominceranno già in primavera e costeranno novanta milioni."},
         "i lavori cominceranno già in primavera e costeranno novanta milioni",
         "Marco Bianchi",
         "il ministro"},
        {"es",
         {"El alcalde José Luis García afirmó que la ciudad cederá suelo público para el plan.",
          "Según el alcalde el ayuntamiento tramitará las licencias en menos de seis meses."},
         "el ayuntamiento tramitará las licencias en menos de seis meses",
         "José Luis García",
         "el alcalde"},
        {"fr",
         {"Le maire Paul Roux a inauguré lundi la nouvelle médiathèque du quartier.",
          "Selon le maire la ville ouvrira deux nouvelles écoles avant la fin de l'année."},
         "la ville ouvrira deux nouvelles écoles avant la fin de l'année",
         "Paul Roux",
         "le maire"},
        // the complement of the noun keeps its article: "della", "de la" are no article alone
        {"it",
         {"Il ministro della Salute Marco Bianchi ha annunciato che l'ospedale sarà pronto entro due anni.",
          "Secondo il ministro della Salute i lavori cominceranno già in primavera."},
         "i lavori cominceranno già in primavera",
         "Marco Bianchi",
         "il ministro della Salute"},
    });
}
