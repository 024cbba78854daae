// Tests of the headings a table of contents lists, printed again below it over short parts (fold_definition_lists(),
// sections.cpp, leaves them alone): contents of three, four and five titles, under a label ("Inhaltsverzeichnis",
// "Contents", "Sommaire") and without one, in German, English and French.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

using namespace archive;
using archive::test::headings_of;
using archive::test::paragraphs_of;

namespace {

// A guide's page in one language: its title, its opening paragraph, the label of its contents, and five parts (a
// title, one short paragraph under it: each part alone could pass for a term of a glossary over its description).
struct GuidePage {
    const char* lang;
    const char* title;
    const char* intro;
    const char* label;
    std::vector<const char*> part_titles;
    std::vector<const char*> part_texts;
};

const std::vector<GuidePage>& guide_pages() {
    static const std::vector<GuidePage> pages = {
        {"de",
         "Heuschnupfen im Frühling: So kommen Sie durch die Saison",
         "Wenn die Birken blühen, beginnt für viele Menschen die schwierigste Zeit des Jahres, denn die Pollen fliegen "
         "oft schon ab Ende Februar.",
         "Inhaltsverzeichnis",
         {"Auslöser", "Beschwerden", "Hilfe aus der Apotheke", "Vorbeugung", "Leben mit der Allergie"},
         {"Die Pollen von Birke, Hasel und Gräsern lösen die meisten Allergien aus. Die Birke allein steht im Norden "
          "für "
          "die Hälfte der Fälle, ihre Saison beginnt dort mit den ersten warmen Tagen im April.",
          "Typisch sind eine laufende Nase, juckende Augen und häufiges Niesen. Manche Betroffene schlafen zudem "
          "schlecht, sind den ganzen Tag müde und können sich bei der Arbeit kaum konzentrieren.",
          "Antihistaminika lindern die Beschwerden und machen heute kaum noch müde. Nasensprays mit Kortison helfen "
          "bei verstopfter Nase, sie wirken aber erst nach einigen Tagen ganz.",
          "Lüften Sie am frühen Morgen und waschen Sie abends die Haare. Halten Sie bei Fahrten über Land die Fenster "
          "geschlossen und trocknen Sie die Wäsche in der Wohnung.",
          "Einen Pollenflugkalender finden Sie beim Wetterdienst Ihrer Region. Dort steht auch, welche Pflanzen in den "
          "nächsten Tagen blühen und wie stark die Belastung sein wird."}},
        {"en",
         "Hay fever in spring: how to get through the season",
         "When the birch trees flower, the hardest weeks of the year begin for many people, and the pollen often "
         "flies from the end of February.",
         "Contents",
         {"Triggers", "Symptoms", "Help from the pharmacy", "Prevention", "Living with the allergy"},
         {"Pollen from birch, hazel and grasses causes most of these allergies. The birch alone accounts for half of "
          "the "
          "cases in the north, where its season starts in the first warm days of April.",
          "A runny nose, itchy eyes and frequent sneezing are the usual signs. Some people also sleep badly, feel "
          "tired "
          "all day and find it hard to concentrate at work or at school.",
          "Antihistamines ease the symptoms and hardly make anyone drowsy today. Nasal sprays with cortisone help when "
          "the nose is blocked, but they take a few days to work fully.",
          "Air the rooms early in the morning and wash your hair in the evening. Keep the windows shut while driving "
          "through the countryside, and dry your washing indoors.",
          "A pollen calendar is published by the weather service of your region. It also tells which plants will "
          "flower in the coming days and how heavy the load will be."}},
        {"fr",
         "Rhume des foins au printemps : comment passer la saison",
         "Quand les bouleaux fleurissent, les semaines les plus pénibles de l'année commencent pour beaucoup de gens, "
         "car le pollen vole souvent dès la fin février.",
         "Sommaire",
         {"Les causes", "Les symptômes", "L'aide de la pharmacie", "La prévention", "Vivre avec l'allergie"},
         {"Le pollen du bouleau, du noisetier et des graminées cause la plupart de ces allergies. Le bouleau compte à "
          "lui "
          "seul pour la moitié des cas dans le nord, où sa saison commence aux premiers beaux jours d'avril.",
          "Le nez qui coule, les yeux qui piquent et les éternuements en sont les signes habituels. Certains dorment "
          "mal, restent fatigués toute la journée et ont du mal à se concentrer.",
          "Les antihistaminiques soulagent les symptômes et ne donnent presque plus sommeil. Les sprays nasaux à la "
          "cortisone aident quand le nez est bouché, mais ils agissent pleinement après quelques jours.",
          "Aérez tôt le matin et lavez-vous les cheveux le soir. Gardez les fenêtres fermées quand vous roulez à la "
          "campagne et faites sécher le linge à l'intérieur.",
          "Un calendrier des pollens est publié par le service météo de votre région. Il indique aussi quelles plantes "
          "vont fleurir dans les prochains jours et quelle sera la charge."}},
    };
    return pages;
}

// The page with a contents of its first `parts` titles, under its label or not, each title printed again over its
// part's paragraph.
std::string page_with_contents(const GuidePage& g, std::size_t parts, bool labelled) {
    std::string page = std::string(g.title) + "\n" + g.intro + "\n";
    if (labelled)
        page += std::string(g.label) + "\n";
    for (std::size_t i = 0; i < parts; ++i)
        page += std::string(g.part_titles[i]) + "\n";
    for (std::size_t i = 0; i < parts; ++i)
        page += std::string(g.part_titles[i]) + "\n" + g.part_texts[i] + "\n";
    return page;
}

} // namespace

TEST_CASE("toc74: a contents of three to five titles keeps the headings it lists over short parts",
          "[classify][heading][contents]") {
    for (const GuidePage& g : guide_pages())
        for (std::size_t parts = 3; parts <= 5; ++parts)
            for (bool labelled : {false, true}) {
                const std::string page = page_with_contents(g, parts, labelled);
                INFO(page);
                const Article a = classify(segment(page), g.lang);
                const std::vector<std::string> expected(g.part_titles.begin(),
                                                        g.part_titles.begin() + static_cast<std::ptrdiff_t>(parts));
                CHECK(headings_of(a) == expected);
                // The contents' lines leave the body: no title is a paragraph, and the label neither.
                const auto paragraphs = paragraphs_of(a);
                for (std::size_t i = 0; i < parts; ++i)
                    CHECK(std::find(paragraphs.begin(), paragraphs.end(), g.part_titles[i]) == paragraphs.end());
                CHECK(std::find(paragraphs.begin(), paragraphs.end(), g.label) == paragraphs.end());
                CHECK(paragraphs.size() == parts + 1);
            }
}

TEST_CASE("toc74: under its label a contents may list a question, and its heading below stays one",
          "[classify][heading][contents]") {
    const std::vector<archive::test::HeadingRow> rows = {
        {"de",
         R"(Heuschnupfen im Frühling
Wenn die Birken blühen, beginnt für viele Menschen die schwierigste Zeit des Jahres, denn die Pollen fliegen früh.
Inhalt
Auslöser
Beschwerden
Hilfe aus der Apotheke
Wann zum Arzt?
Auslöser
Die Pollen von Birke, Hasel und Gräsern lösen die meisten Allergien aus.
Die Birke allein steht im Norden für die Hälfte der Fälle, ihre Saison beginnt dort im April.
Beschwerden
Typisch sind eine laufende Nase, juckende Augen und häufiges Niesen.
Manche Betroffene schlafen zudem schlecht und sind den ganzen Tag über müde.
Hilfe aus der Apotheke
Antihistaminika lindern die Beschwerden und machen heute kaum noch müde.
Nasensprays mit Kortison helfen bei verstopfter Nase nach einigen Tagen.
Wann zum Arzt?
Bei Atemnot oder Husten über Wochen sollten Sie eine Praxis aufsuchen.
Dort lässt sich mit einem Test klären, ob hinter den Beschwerden ein Asthma steckt.
)",
         {"Auslöser", "Beschwerden", "Hilfe aus der Apotheke", "Wann zum Arzt?"}},
        {"en",
         R"(Hay fever in spring
When the birch trees flower, the hardest weeks of the year begin for many people, and the pollen flies early.
Contents
Triggers
Symptoms
Help from the pharmacy
When should you see a doctor?
Triggers
Pollen from birch, hazel and grasses causes most of these allergies.
The birch alone accounts for half of the cases in the north, where its season starts in April.
Symptoms
A runny nose, itchy eyes and frequent sneezing are the usual signs.
Some people also sleep badly and feel tired for the whole of the day.
Help from the pharmacy
Antihistamines ease the symptoms and hardly make anyone drowsy today.
Nasal sprays with cortisone help a blocked nose after a few days of use.
When should you see a doctor?
See a doctor when you are short of breath or cough for weeks.
A simple test in the practice shows whether asthma lies behind the symptoms.
)",
         {"Triggers", "Symptoms", "Help from the pharmacy", "When should you see a doctor?"}},
        {"fr",
         R"(Rhume des foins au printemps
Quand les bouleaux fleurissent, les semaines les plus pénibles de l'année commencent pour beaucoup de gens.
Sommaire
Les causes
Les symptômes
L'aide de la pharmacie
Quand consulter un médecin ?
Les causes
Le pollen du bouleau, du noisetier et des graminées cause la plupart de ces allergies.
Le bouleau compte à lui seul pour la moitié des cas dans le nord.
Les symptômes
Le nez qui coule, les yeux qui piquent et les éternuements en sont les signes habituels.
Certains dorment mal et restent fatigués toute la journée.
L'aide de la pharmacie
Les antihistaminiques soulagent les symptômes et ne donnent presque plus sommeil.
Les sprays à la cortisone aident le nez bouché après quelques jours.
Quand consulter un médecin ?
Consultez un médecin si vous êtes essoufflé ou si vous toussez depuis des semaines.
Un test simple au cabinet montre si un asthme se cache derrière.
)",
         {"Les causes", "Les symptômes", "L'aide de la pharmacie", "Quand consulter un médecin ?"}},
    };
    archive::test::check_heading_rows(rows);
}

TEST_CASE("toc74: titles announced by a sentence's colon and printed again below are a list of the text",
          "[classify][heading][contents]") {
    // A contents without a label leaves the body; the same titles under a sentence announcing them with its colon
    // are the text's own list, and stay (the titles of four words or more, which no rule for short copies takes).
    struct Row {
        const char* lang;
        const char* page;
        std::vector<const char*> kept;
    };
    const std::vector<Row> rows = {
        {"en",
         R"(How the new ferry service works
The new ferry service between the island and the mainland starts next month, and it has been planned for years.
The service is made of three parts that work together:
The booking office on the quay
The two new electric ferries
The shuttle bus to the station
The booking office on the quay
Tickets are sold at a small office on the quay, which opens an hour before the first crossing of the day.
The two new electric ferries
Both ferries were built at a yard on the mainland and carry up to two hundred passengers and forty cars each.
The shuttle bus to the station
A shuttle bus waits for every ferry and takes the passengers to the railway station in less than ten minutes.
)",
         {"The booking office on the quay", "The two new electric ferries", "The shuttle bus to the station"}},
        {"de",
         R"(So funktioniert die neue Fährverbindung
Die neue Fährverbindung zwischen der Insel und dem Festland startet im nächsten Monat, geplant wurde sie seit Jahren.
Das Angebot besteht aus drei Teilen, die zusammenarbeiten:
Das Ticketbüro am Kai
Die zwei neuen Elektrofähren
Der Pendelbus zum Bahnhof
Das Ticketbüro am Kai
Die Fahrkarten gibt es in einem kleinen Büro am Kai, das eine Stunde vor der ersten Überfahrt des Tages öffnet.
Die zwei neuen Elektrofähren
Beide Fähren wurden auf einer Werft am Festland gebaut und nehmen je zweihundert Fahrgäste und vierzig Autos auf.
Der Pendelbus zum Bahnhof
Zu jeder Fähre wartet ein Pendelbus, der die Fahrgäste in weniger als zehn Minuten zum Bahnhof bringt.
)",
         {"Das Ticketbüro am Kai", "Die zwei neuen Elektrofähren", "Der Pendelbus zum Bahnhof"}},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const auto paragraphs = paragraphs_of(classify(segment(r.page), r.lang));
        for (const char* line : r.kept)
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(line)) != paragraphs.end());
    }
}
