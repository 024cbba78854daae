// A name's short asides before the cue (an age, where the person is from, a participle phrase), the age given with
// a name and the age noun that names that person later, the descriptor before a name ("Neighbour", "Mum-of-three"),
// a body and its role before the name of a colon label, and a US state's abbreviation after a dateline's place
// (quotes114).
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a name's age, home town or participle phrase between commas keeps the name the cue's subject",
          "[quotes][quotes114][indirect]") {
    check_quotes({
        {"en",
         {"Colm Ferris, 27, said the new timetable left the village without a bus."},
         "the new timetable left the village without a bus",
         "Colm Ferris"},
        {"en",
         {"Priya Nandakumar, 41, of Little Hatherby, said the ward had been short of nurses for months."},
         "the ward had been short of nurses for months",
         "Priya Nandakumar"},
        {"en",
         {"Attorney General Ravi Deshmukh, appearing for the state, said the new rules protected tenants well."},
         "the new rules protected tenants well",
         "Ravi Deshmukh"},
        {"fr",
         {"Marie Duclos, 32 ans, a déclaré que le quartier manquait de médecins depuis des années."},
         "le quartier manquait de médecins depuis des années",
         "Marie Duclos"},
        {"it",
         {"Anna Ferretti, 36 anni, ha detto che il ponte era chiuso da mesi per i lavori."},
         "il ponte era chiuso da mesi per i lavori",
         "Anna Ferretti"},
    });
}

TEST_CASE("the words before the cue's comma are no reported words when they are a name and its asides",
          "[quotes][quotes114][indirect]") {
    // (read inverted, "Colm Ferris, 27, of Ashby" was the text and the clause the mention)
    for (const auto& [lang, paragraph] : std::vector<std::pair<std::string, std::string>>{
             {"en", "Colm Ferris, 27, of Ashby, said the smell from the plant was unbearable."},
             {"en", "Ravi Deshmukh, speaking for the council, said the smell from the plant was unbearable."},
         }) {
        INFO(paragraph);
        const auto qs = extract_quotes(page(lang, "", {paragraph}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].text == "the smell from the plant was unbearable");
        CHECK(qs[0].speaker.value_or("") != "");
    }
}

TEST_CASE("an age noun names the one person given that age", "[quotes][quotes114][ages]") {
    check_quotes({
        {"en",
         {"Darren Whitlock, 46, drove forty miles to the motorway that night.",
          "\"She was sat there in the dark for hours,\" the 46-year-old said."},
         "She was sat there in the dark for hours",
         "Darren Whitlock"},
        // (not the last person named, given another age)
        {"en",
         {"Maureen Colby, 71, waited six hours on the hard shoulder.",
          "Her son, Darren Colby, 46, drove forty miles to find her.",
          "\"I did not know whether to get out of the car,\" the 71-year-old said."},
         "I did not know whether to get out of the car",
         "Maureen Colby"},
        {"en",
         {"Maureen Colby, 71, waited six hours on the hard shoulder.",
          "A breakdown lorry passed her twice without stopping.", "\"Nobody came,\" the 46-year-old told reporters."},
         "Nobody came",
         "46-year-old"},
        {"de",
         {"Xaver Hinterseer, 71, wohnt seit fünfzig Jahren an der Donau.",
          "„Ich hab das schon dreimal erlebt“, sagt der 71-Jährige."},
         "Ich hab das schon dreimal erlebt",
         "Xaver Hinterseer"},
        {"it",
         {"Marco Bellini, 46 anni, ha guidato per tutta la notte.", "«Era al buio da ore», ha detto il 46enne."},
         "Era al buio da ore",
         "Marco Bellini"},
    });
}

TEST_CASE("a speech verb's stem whose clause closes on another verb's particle is no cue",
          "[quotes][quotes114][cues]") {
    const auto qs = extract_quotes(page("de", "",
                                        {"Anwohner Xaver Hinterseer räumt seit Donnerstag die Regale aus. „Ich hab das "
                                         "schon dreimal erlebt“, sagt der 71-Jährige."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].text == "Ich hab das schon dreimal erlebt");
    CHECK(qs[0].speaker.value_or("") == "Xaver Hinterseer");
    // (its own particle closing the clause: the cue)
    check_quotes({
        {"de",
         {"Der Bürgermeister Anton Weigl räumt nach der Sitzung ein, die Pumpen seien zu spät gekommen."},
         "die Pumpen seien zu spät gekommen",
         "Anton Weigl"},
    });
}

TEST_CASE("a descriptor before a name is no part of the speaker's name", "[quotes][quotes114][trades]") {
    check_quotes({
        {"en",
         {"Father-of-two Owen Pryce, 38, said: \"The bins have not been emptied for a month.\""},
         "The bins have not been emptied for a month.",
         "Owen Pryce"},
        {"en",
         {"Mum-of-3 Leanne Hardcastle said: \"We cannot open the windows any more.\""},
         "We cannot open the windows any more.",
         "Leanne Hardcastle"},
        {"en",
         {"Pensioner Edna Farley added: \"Nobody has been to look at it for weeks.\""},
         "Nobody has been to look at it for weeks.",
         "Edna Farley"},
        {"en",
         {"Neighbour Gareth Pugh, 58, said: \"The rats come out as soon as it gets dark.\""},
         "The rats come out as soon as it gets dark.",
         "Gareth Pugh"},
        {"de",
         {"Nachbarin Eva Roth sagte: „Die Ratten kommen raus, sobald es dunkel wird.“"},
         "Die Ratten kommen raus, sobald es dunkel wird.",
         "Eva Roth"},
    });
}

TEST_CASE("a colon label of a body, its role and a name gives the name", "[quotes][quotes114][colon]") {
    check_quotes({
        {"en",
         {"Harbour Rovers head coach Tomas Lindqvist: \"We controlled the first half and then lost our way.\""},
         "We controlled the first half and then lost our way.",
         "Tomas Lindqvist",
         "Harbour Rovers head coach Tomas Lindqvist"},
        {"en",
         {"Fenwick Borough Council leader Ann Roe: \"The budget is balanced for the first time in years.\""},
         "The budget is balanced for the first time in years.",
         "Ann Roe",
         "Fenwick Borough Council leader Ann Roe"},
    });
}

TEST_CASE("a US state's abbreviation after a dateline's place opens no reported words with the dash",
          "[quotes][quotes114][datelines]") {
    for (const char* paragraph : {"TULSA, Okla. — A family of four was displaced after a fire tore through their home "
                                  "on Sunday, officials said.",
                                  "SALEM, Ore. — A family of four was displaced after a fire tore through their home "
                                  "on Sunday, officials said."}) {
        INFO(paragraph);
        const auto qs = extract_quotes(page("en", "", {paragraph}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].text == "A family of four was displaced after a fire tore through their home on Sunday");
    }
}
