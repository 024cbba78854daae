// A short label in capitals glued under a menu's entries in small letters and right over the headline, no blank line
// between ("Aragón / Valdeluz / SUCESOS / <headline>"): its shape sets it apart from the menu, so it is the kicker. A
// label under entries in capitals is the menu's shape, and an acronym of three letters ("Impressum / AGB") is the
// menu's last link: no kicker. Every line is invented.
#include <catch2/catch.hpp>
#include "archive/archive.hpp"
#include <string>
#include <vector>

using archive::Article;
using archive::parse;

TEST_CASE("a capitals label glued under a menu in small letters is the kicker", "[head][head80]") {
    struct Row {
        const char* page;
        const char* kicker;
    };
    const std::vector<Row> rows = {
        {// es
         "Heraldo del Valle\n"
         "Portada\n"
         "Aragón\n"
         "Deportes\n"
         "Opinión\n"
         "Suscríbete\n"
         "Inicio\n"
         "Aragón\n"
         "Valdeluz\n"
         "SUCESOS\n"
         "Rescatan a tres senderistas atrapados por la niebla en la sierra de Valdeluz\n"
         "Los bomberos de la comarca tardaron cinco horas en llegar hasta el grupo, que pasó la noche en un refugio\n"
         "Marta Lasheras\n"
         "Valdeluz | 06/12/2026 - 10:20\n"
         "\n"
         "Los bomberos de la comarca de Valdeluz rescataron este sábado a tres senderistas atrapados por la niebla en "
         "la sierra.\n"
         "\n"
         "El grupo había salido el viernes por la mañana y pidió ayuda por teléfono al caer la tarde, según informó la "
         "comarca.\n"
         "\n"
         "Los tres senderistas se encuentran en buen estado y fueron trasladados al centro de salud de Valdeluz para "
         "una revisión.\n",
         "SUCESOS"},
        {// it
         "Gazzetta della Valle\n"
         "Home\n"
         "Cronaca\n"
         "Politica\n"
         "Sport\n"
         "Abbonati\n"
         "Cultura\n"
         "Libri\n"
         "L'INTERVISTA\n"
         "Marta Ferri: «Ho scritto questo romanzo per raccontare la mia valle»\n"
         "La scrittrice presenta il suo nuovo libro dedicato ai paesi di montagna che si svuotano ogni inverno\n"
         "di Luca Benedetti\n"
         "6 dicembre 2026\n"
         "\n"
         "Marta Ferri ha presentato sabato il suo nuovo romanzo nella biblioteca di Valmora, davanti a duecento "
         "lettori.\n"
         "\n"
         "Il libro racconta la storia di tre famiglie di un paese di montagna che si svuota ogni inverno.\n"
         "\n"
         "La scrittrice ha detto che tornerà nella valle in primavera per un ciclo di incontri nelle scuole.\n",
         "L'INTERVISTA"},
        {// fr
         "Le Courrier du Val\n"
         "Accueil\n"
         "Régions\n"
         "Sports\n"
         "Culture\n"
         "S'abonner\n"
         "Régions\n"
         "Valmont\n"
         "FAITS DIVERS\n"
         "Trois randonneurs secourus dans le brouillard sur les hauteurs de Valmont\n"
         "Les pompiers ont mis cinq heures pour rejoindre le groupe, qui avait passé la nuit dans un refuge\n"
         "Par Jeanne Morel\n"
         "Le 06/12/2026 à 10h20\n"
         "\n"
         "Les pompiers de Valmont ont secouru samedi trois randonneurs bloqués par le brouillard sur les hauteurs.\n"
         "\n"
         "Le groupe était parti vendredi matin et avait appelé les secours en fin d'après-midi, selon la préfecture.\n"
         "\n"
         "Les trois randonneurs sont en bonne santé et ont été conduits à l'hôpital de Valmont pour un examen.\n",
         "FAITS DIVERS"}};
    for (const Row& r : rows) {
        INFO(r.kicker);
        const Article a = parse(r.page);
        REQUIRE(a.kicker);
        CHECK(*a.kicker == r.kicker);
    }
}

TEST_CASE("a capitals line under a menu in capitals or an acronym under a menu is no kicker", "[head][head80]") {
    const std::vector<std::string> pages = {
        // es: the menu's entries in capitals too
        "Heraldo del Valle\n"
        "Portada\n"
        "ARAGÓN\n"
        "Deportes\n"
        "Opinión\n"
        "Suscríbete\n"
        "Inicio\n"
        "ARAGÓN\n"
        "VALDELUZ\n"
        "SUCESOS\n"
        "Rescatan a tres senderistas atrapados por la niebla en la sierra de Valdeluz\n"
        "Los bomberos de la comarca tardaron cinco horas en llegar hasta el grupo, que pasó la noche en un refugio\n"
        "Marta Lasheras\n"
        "Valdeluz | 06/12/2026 - 10:20\n"
        "\n"
        "Los bomberos de la comarca de Valdeluz rescataron este sábado a tres senderistas atrapados por la niebla en "
        "la sierra.\n"
        "\n"
        "El grupo había salido el viernes por la mañana y pidió ayuda por teléfono al caer la tarde, según informó la "
        "comarca.\n"
        "\n"
        "Los tres senderistas se encuentran en buen estado y fueron trasladados al centro de salud de Valdeluz para "
        "una revisión.\n",
        // de: "Impressum / AGB", the menu's last link
        "Talbote\n"
        "Startseite\n"
        "Region\n"
        "Sport\n"
        "Kontakt\n"
        "Impressum\n"
        "AGB\n"
        "Drei Wanderer im Nebel am Talberg gerettet\n"
        "Die Feuerwehr brauchte fünf Stunden, um die Gruppe zu erreichen, die die Nacht in einer Hütte verbracht "
        "hatte\n"
        "Von Anna Muster\n"
        "06.12.2026, 10:20 Uhr\n"
        "\n"
        "Die Feuerwehr hat am Samstag drei Wanderer gerettet, die im Nebel am Talberg festsassen.\n"
        "\n"
        "Die Gruppe war am Freitagmorgen aufgebrochen und hatte am späten Nachmittag um Hilfe gerufen, teilte die "
        "Gemeinde mit.\n"
        "\n"
        "Die drei Wanderer sind wohlauf und wurden zur Kontrolle ins Spital gebracht.\n"};
    for (const std::string& page : pages) {
        const Article a = parse(page);
        REQUIRE(a.headline);
        CHECK_FALSE(a.kicker);
    }
}
