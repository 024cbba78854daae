// head113: the label of a sidebar's list of dated teasers ("Letzte Artikel / [ 3. Dezember 2026 ] <teaser> / ...",
// "Latest Articles", "Articles récents", "Articoli recenti") is no title (dated_list_label(), headline_lists.cpp); the
// article's title, a sentence glued to its breadcrumb and printed again under it, is the headline, though a subtitle
// parts it from its date line (title_with_stop(), headline_score.cpp). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

// A blog's page: its name and menu, the sidebar's label over its dated teasers, the breadcrumb glued to the title,
// the title, a subtitle, the date line with the author and the category, three paragraphs, the footer.
struct Sidebar {
    std::string lang;
    std::vector<std::string> top;
    std::string label;
    std::vector<std::string> teasers;
    std::string crumb;
    std::string title;
    std::string subtitle;
    std::string date_line;
    std::vector<std::string> text;
    std::vector<std::string> footer;
};

std::vector<Sidebar> sidebars() {
    return {
        {"de",
         {"Admin-Notizen", "Startseite", "Windows", "Linux", "Netzwerk"},
         "Letzte Artikel",
         {"[ 3. Dezember 2026 ] Mit der PowerShell alle Drucker eines Servers auflisten und in eine Datei schreiben "
          "Powershell",
          "[ 1. Dezember 2026 ] Den Speicherplatz unter Windows 11 freigeben – so gehen Sie vor Windows",
          "[ 28. November 2026 ] Warum ein guter Router im Homeoffice so wichtig ist – fünf Tipps Allgemeines"},
         "StartseiteNetzwerk",
         "Wenn das WLAN ständig abbricht, hilft oft ein anderer Kanal im Router.",
         "So läuft das WLAN wieder stabil",
         "4. Dezember 2026 Jonas Albrecht Netzwerk",
         {"Viele Nutzer kennen das Problem: Das WLAN bricht immer wieder ab, obwohl der Router direkt im Nebenzimmer "
          "steht. Häufig liegt das nicht am Gerät, sondern an den Nachbarn, die denselben Funkkanal verwenden.",
          "In den Einstellungen der meisten Router lässt sich der Kanal von Hand wählen. Eine kostenlose App zeigt "
          "Ihnen vorher, welche Kanäle in Ihrer Umgebung belegt sind und welcher noch frei ist.",
          "Nach dem Wechsel sollten Sie den Router einmal neu starten. In unserem Test lief die Verbindung danach "
          "ohne Abbrüche."},
         {"Ähnliche Artikel", "Impressum", "Datenschutz"}},
        {"en",
         {"Sysadmin Notes", "Home", "Windows", "Linux", "Network"},
         "Latest Articles",
         {"[ December 3, 2026 ] How to list every printer on a server with PowerShell and save it to a file "
          "PowerShell",
          "[ December 1, 2026 ] Free up disk space on Windows 11 – here is how General",
          "[ November 28, 2026 ] Why a good router matters when you work from home – five tips General"},
         "HomeNetwork",
         "If your Wi-Fi keeps dropping, another channel on the router often helps.",
         "How to keep your Wi-Fi stable",
         "December 4, 2026 Jonas Albrecht Network",
         {"Many users know the problem: the Wi-Fi keeps dropping even though the router sits in the next room. Often "
          "it is not the device that is at fault but the neighbours, who use the same radio channel.",
          "Most routers let you pick the channel by hand in their settings. A free app shows you beforehand which "
          "channels around you are busy and which one is still free.",
          "After the switch, restart the router once. In our test the connection then ran without a single drop."},
         {"Related Articles", "Privacy"}},
        {"fr",
         {"Carnet du Libriste", "Accueil", "Linux", "Réseau"},
         "Articles récents",
         {"[ 3 décembre 2026 ] Lister toutes les imprimantes d'un serveur avec PowerShell Windows",
          "[ 1 décembre 2026 ] Libérer de l'espace disque sous Windows 11 en quelques minutes Windows",
          "[ 28 novembre 2026 ] Pourquoi un bon routeur compte en télétravail – cinq conseils Divers"},
         "AccueilRéseau",
         "Si le Wi-Fi coupe sans cesse, changer de canal sur la box suffit souvent.",
         "Un Wi-Fi stable en quelques clics",
         "4 décembre 2026 Julien Marchand Réseau",
         {"Beaucoup d'utilisateurs connaissent le problème : le Wi-Fi coupe sans arrêt alors que la box se trouve "
          "dans la pièce voisine. Souvent, ce n'est pas l'appareil qui est en cause, mais les voisins qui utilisent "
          "le même canal.",
          "La plupart des box permettent de choisir le canal à la main dans leurs réglages. Une application gratuite "
          "vous montre d'abord quels canaux sont occupés autour de vous.",
          "Après le changement, redémarrez la box une fois. Dans notre essai, la connexion n'a plus coupé."},
         {"Articles similaires", "Mentions légales"}},
        {"it",
         {"Appunti di Rete", "Home", "Linux", "Rete"},
         "Articoli recenti",
         {"[ 3 dicembre 2026 ] Elencare tutte le stampanti di un server con PowerShell e salvarle in un file Windows",
          "[ 1 dicembre 2026 ] Liberare spazio su disco in Windows 11 in pochi minuti Windows",
          "[ 28 novembre 2026 ] Perché un buon router conta nel lavoro da casa – cinque consigli Varie"},
         "HomeRete",
         "Se il Wi-Fi si interrompe spesso, cambiare canale sul router di solito basta.",
         "Un Wi-Fi stabile in pochi clic",
         "4 dicembre 2026 Luca Bianchi Rete",
         {"Molti utenti conoscono il problema: il Wi-Fi si interrompe di continuo anche se il router si trova nella "
          "stanza accanto. Spesso la colpa non è del dispositivo, ma dei vicini che usano lo stesso canale.",
          "Quasi tutti i router permettono di scegliere il canale a mano nelle impostazioni. Un'app gratuita mostra "
          "prima quali canali sono occupati intorno a voi.",
          "Dopo il cambio riavviate il router una volta. Nella nostra prova la connessione non si è più interrotta."},
         {"Articoli correlati", "Privacy"}},
    };
}

// The page's lines; `with_label` false leaves the sidebar's label out, `with_title` false leaves out the title's
// lines (the breadcrumb's, the title's and the subtitle's).
std::string sidebar_page(const Sidebar& s, bool with_label, bool with_title) {
    std::vector<std::string> lines = s.top;
    if (with_label)
        lines.push_back(s.label);
    lines.insert(lines.end(), s.teasers.begin(), s.teasers.end());
    if (with_title) {
        lines.push_back(s.crumb + s.title);
        lines.push_back(s.title);
        lines.push_back(s.subtitle);
    }
    lines.push_back(s.date_line);
    lines.insert(lines.end(), s.text.begin(), s.text.end());
    lines.insert(lines.end(), s.footer.begin(), s.footer.end());
    return test::page_of(lines);
}

} // namespace

TEST_CASE("the label over a sidebar's dated teasers is no headline: the article's title is", "[head113]") {
    for (const Sidebar& s : sidebars()) {
        INFO(s.lang);
        const Article a = parse(sidebar_page(s, true, true), "page.txt");
        CHECK(a.headline == std::optional<std::string>(s.title));
        CHECK(test::in_boilerplate(a, s.label));
    }
}

TEST_CASE("a stopped title printed again under the breadcrumb glued to it is the headline over its subtitle",
          "[head113]") {
    for (const Sidebar& s : sidebars()) {
        INFO(s.lang);
        const Article a = parse(sidebar_page(s, false, true), "page.txt");
        CHECK(a.headline == std::optional<std::string>(s.title));
    }
}

TEST_CASE("near miss: a page whose only title-like line is the sidebar's label takes no headline from it",
          "[head113]") {
    for (const Sidebar& s : sidebars()) {
        INFO(s.lang);
        const Article a = parse(sidebar_page(s, true, false), "page.txt");
        CHECK(a.headline != std::optional<std::string>(s.label));
        CHECK(test::in_boilerplate(a, s.label));
    }
}

TEST_CASE("near miss: a short title over a timeline's bare years is still the headline", "[head113]") {
    // "Neuer Kran im Hafen / 1957 / 1978 / 2026 / <text>": the years of a timeline are dated rows, but no teasers
    // (a word or two each): the line over them is no list's label.
    const std::vector<std::vector<std::string>> pages = {
        {"Hafenblatt", "Startseite", "Lokales", "Neuer Kran im Hafen", "1957", "1978", "2026",
         "Der neue Kran im Hafen ist am Mittwoch in Betrieb gegangen. Er kann Container bis zu vierzig Tonnen heben "
         "und ersetzt zwei alte Kräne aus den Siebzigerjahren.",
         "Die Hafengesellschaft rechnet damit, dass die Schiffe künftig einen halben Tag schneller entladen werden.",
         "Der alte Kran soll als Denkmal am Kai stehen bleiben.", "Impressum"},
        {"Harbour Post", "Home", "Local", "New crane for the harbour", "1957", "1978", "2026",
         "The harbour's new crane went into service on Wednesday. It can lift containers of up to forty tonnes and "
         "replaces two old cranes from the seventies.",
         "The harbour company expects ships to be unloaded half a day faster from now on.",
         "The old crane is to stay on the quay as a monument.", "Privacy"},
    };
    for (const auto& lines : pages) {
        INFO(lines[3]);
        const Article a = parse(test::page_of(lines), "page.txt");
        CHECK(a.headline == std::optional<std::string>(lines[3]));
    }
}
