// quotes116: Polish news cues (writing, warning, recalling, noting, "zwrócił uwagę"), a day between the cue and its
// comma before "that" ("powiedział w czwartek, że", "sagte am Mittwoch, dass"), the dotted abbreviations of Polish
// titles, ranks and places ("mł. asp.", "m.in.", "ul."), and the roles of a head of government, a judge and an
// economist met again alone; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("Polish cues of writing, warning, recalling and noting report a clause", "[quotes][quotes116]") {
    check_only_quotes(
        {
            {"pl", "Burmistrz Anna Wolska napisała na platformie X, że remont szkoły zakończy się w marcu.",
             "remont szkoły zakończy się w marcu", "napisała", "Burmistrz Anna Wolska"},
            {"pl", "Wójt Marek Sosna przypomniał, że gmina czeka na decyzję wojewody od dwóch lat.",
             "gmina czeka na decyzję wojewody od dwóch lat", "przypomniał", "Wójt Marek Sosna"},
            {"pl", "Radni opozycji ostrzegli, że bez nowych pieniędzy linia autobusowa zniknie.",
             "bez nowych pieniędzy linia autobusowa zniknie", "ostrzegli", "Radni opozycji"},
            {"pl", "Radna Ewa Kruk zwróciła uwagę, że w projekcie brakuje pieniędzy na drogi.",
             "w projekcie brakuje pieniędzy na drogi", "zwróciła uwagę", "Radna Ewa Kruk"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a Polish cue after the quote names its speaker", "[quotes][quotes116]") {
    check_quotes({
        {"pl",
         {"\u201ENie stać nas na kolejne opóźnienia\u201D \u2013 ostrzegł radny Tomasz Bielak."},
         "Nie stać nas na kolejne opóźnienia",
         "Tomasz Bielak",
         "radny Tomasz Bielak"},
        {"pl",
         {"\u201EKoszty rosną szybciej niż dochody\u201D \u2013 zauważyła skarbniczka Olga Wrzos."},
         "Koszty rosną szybciej niż dochody",
         "Olga Wrzos",
         nullptr},
    });
}

TEST_CASE("a day between the cue and its comma before that", "[quotes][quotes116]") {
    check_only_quotes(
        {
            {"pl", "Prezydent Leszna Tomasz Malepszak powiedział w czwartek, że budowa mostu ruszy wiosną.",
             "budowa mostu ruszy wiosną", "powiedział", "Prezydent Leszna Tomasz Malepszak"},
            {"pl", "Skarbniczka Olga Wrzos poinformowała we wtorek, że miasto ma na ten cel pieniądze.",
             "miasto ma na ten cel pieniądze", "poinformowała", "Skarbniczka Olga Wrzos"},
            {"pl", "Przewodniczący rady Piotr Dąbek zapewnił wczoraj, że głosowanie odbędzie się w styczniu.",
             "głosowanie odbędzie się w styczniu", "zapewnił", "Przewodniczący rady Piotr Dąbek"},
            {"de", "Oberbürgermeister Marc Herter sagte am Mittwoch, dass der Bau im Frühjahr beginnen werde.",
             "der Bau im Frühjahr beginnen werde", "sagte", "Oberbürgermeister Marc Herter"},
            {"de", "Kämmerin Olga Werner erklärte gestern, dass die Stadt Fördermittel erhalten habe.",
             "die Stadt Fördermittel erhalten habe", "erklärte", "Kämmerin Olga Werner"},
            // (and with no comma, as before)
            {"fr", "Le maire Marc Roux a affirmé jeudi que les travaux commenceront au printemps.",
             "les travaux commenceront au printemps", "a affirmé", "Le maire Marc Roux"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a day and a comma with no that after them open no clause", "[quotes][quotes116]") {
    // ("powiedział w czwartek, gdy ...": the comma opens another clause, no reported words)
    const auto qs = extract_quotes(
        page("pl", "", {"Burmistrz Anna Wolska powiedziała o tym w czwartek, gdy radni przyjęli budżet na 2027 rok."}));
    CHECK(qs.empty());
}

TEST_CASE("a Polish title, rank or place abbreviation ends no sentence", "[quotes][quotes116]") {
    check_quotes({
        {"pl",
         {"\u201ESprawca został zatrzymany po krótkim pościgu\u201D \u2013 przekazał mł. asp. Marek Lis z komendy "
          "miejskiej."},
         "Sprawca został zatrzymany po krótkim pościgu",
         "Marek Lis",
         "mł. asp. Marek Lis"},
        {"pl",
         {"\u201EObjawy ustępują po kilku dniach\u201D \u2013 wyjaśniła prof. Anna Zięba z uniwersytetu medycznego."},
         "Objawy ustępują po kilku dniach",
         "Anna Zięba",
         nullptr},
    });
    check_only_quotes(
        {
            {"pl", "Minister Jan Wilk powiedział, że nowe połączenia obsłużą m.in. Kraków i Gdańsk.",
             "nowe połączenia obsłużą m.in. Kraków i Gdańsk", "powiedział", "Minister Jan Wilk"},
            {"pl", "Rzeczniczka Ewa Lis poinformowała, że punkt szczepień działa przy ul. Długiej od poniedziałku.",
             "punkt szczepień działa przy ul. Długiej od poniedziałku", "poinformowała", "Rzeczniczka Ewa Lis"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a Polish role met again alone names its holder", "[quotes][quotes116]") {
    check_quotes({
        {"pl",
         {"Kanclerz Niemiec Jan Roth spotkał się w piątek z premierem.",
          "Kanclerz dodał, że kontrole na granicy będą wyrywkowe."},
         "kontrole na granicy będą wyrywkowe",
         "Jan Roth",
         "Kanclerz"},
        {"pl",
         {"Sędzia Anna Wrona ogłosiła wyrok w piątek.",
          "\u201EOskarżony działał z premedytacją\u201D \u2013 mówiła sędzia."},
         "Oskarżony działał z premedytacją",
         "Anna Wrona",
         "sędzia"},
        {"pl",
         {"Ekonomista Adam Rys ocenia budżet krytycznie.",
          "\u201ERynki mogą szybko stracić cierpliwość\u201D \u2013 wskazał ekonomista."},
         "Rynki mogą szybko stracić cierpliwość",
         "Adam Rys",
         "ekonomista"},
    });
}
