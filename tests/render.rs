//! The widget's markup, rendered natively with Yew's server-side renderer: no browser needed.
#![cfg(not(target_arch = "wasm32"))]

use stalking_help_widget::config::{Config, DEFAULT_EXIT_URL};
use stalking_help_widget::data::SERVICES;
use stalking_help_widget::ui::{App, AppProps};
use yew::LocalServerRenderer;

async fn render(config: Config) -> String {
    LocalServerRenderer::<App>::with_props(AppProps { config }).hydratable(false).render().await
}

/// Every `<a …>` opening tag, in document order.
fn link_tags(html: &str) -> Vec<&str> {
    html.match_indices("<a ").map(|(i, _)| &html[i..i + html[i..].find('>').unwrap() + 1]).collect()
}

fn has(tag: &str, attribute: &str, value: &str) -> bool {
    tag.contains(&format!(r#" {attribute}="{value}""#))
}

#[tokio::test]
async fn the_exit_link_comes_first_and_is_a_plain_link() {
    let html = render(Config::default()).await;
    let exit = link_tags(&html)[0];
    assert!(has(exit, "class", "exit") && has(exit, "href", DEFAULT_EXIT_URL), "{exit}");
    assert!(has(exit, "rel", "nofollow noreferrer"), "{exit}");
    assert!(html[html.find(exit).unwrap()..].starts_with(&format!("{exit}Exit this page</a>")));
}

#[tokio::test]
async fn every_bundled_service_and_contact_is_shown() {
    let html = render(Config::default()).await;
    for service in SERVICES {
        assert!(html.contains(service.name), "{} missing", service.name);
        for channel in service.channels {
            let escaped = channel.href.replace('&', "&amp;");
            assert!(html.contains(&format!(r#"href="{escaped}""#)), "{} missing", channel.href);
        }
    }
    assert!(html.contains("Open 24 hours, every day"));
    assert!(html.contains("Check their website for current opening times"), "the unconfirmed hours are said plainly");
}

#[tokio::test]
async fn the_exit_link_is_marked_for_the_loader_with_a_status_region_beside_it() {
    let html = render(Config::default()).await;
    let exit = link_tags(&html)[0];
    assert!(has(exit, "data-quick-exit", ""), "{exit}");
    let status = html.find(r#"data-quick-exit-status="""#).expect("a status region");
    assert!(html[..status].rfind("<p").is_some_and(|p| html[p..status].contains(r#"role="status""#)));
    assert!(html.contains("Or press the Shift key 3 times."));
}

#[tokio::test]
async fn leaving_safely_is_explained_honestly_and_links_the_host_page_when_set() {
    let html = render(Config::default()).await;
    assert!(html.contains("It does not delete your browsing history."));
    assert!(!html.contains("More about staying safe online"), "no host link unless configured");
    let config = Config { safety_url: Some("https://www.example.org/safe".into()), ..Config::default() };
    let html = render(config).await;
    assert!(link_tags(&html)
        .iter()
        .any(|t| has(t, "href", "https://www.example.org/safe") && has(t, "rel", "noopener noreferrer")));
}

#[tokio::test]
async fn headings_nest_under_the_widget_title() {
    let html = render(Config::default()).await;
    let h2 = html.find("<h2").unwrap();
    let h3 = html.find("<h3").unwrap();
    let h4 = html.find("<h4").unwrap();
    assert!(h2 < h3 && h3 < h4);
    assert!(!html.contains("<h1"), "the host page owns the h1");
}

#[tokio::test]
async fn websites_open_safely_in_a_new_tab_and_calls_do_not() {
    let html = render(Config::default()).await;
    for tag in link_tags(&html) {
        let external = tag.contains(r#"href="https://"#) && !tag.contains(r#"class="exit""#);
        assert_eq!(has(tag, "target", "_blank"), external, "{tag}");
        assert_eq!(has(tag, "rel", "noopener noreferrer"), external, "{tag}");
    }
    assert!(link_tags(&html).iter().any(|t| has(t, "href", "https://www.victimsupport.org.uk/")));
}

#[tokio::test]
async fn a_configured_exit_url_is_escaped_into_the_attribute() {
    let config = Config { exit_url: r#"https://example.org/?a="b"&c=<d>"#.into(), safety_url: None };
    let html = render(config).await;
    assert!(!html.contains(r#"a="b""#), "quotes must be escaped: {html}");
    assert!(!html.contains("<d>"));
}
