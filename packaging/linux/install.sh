#!/usr/bin/env sh
# Install the built folder (dist/cercle) for the current user, under ~/.local, with its menu entry
# and icons. Run it again to update; `install.sh --uninstall` removes it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${CERCLE_BUILD:-"$here/../../dist/cercle"}
prefix=${XDG_DATA_HOME:-"$HOME/.local/share"}
bin="$HOME/.local/bin"
app_dir="$prefix/cercle/app"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$prefix/cercle/app" "$bin/cercle" "$prefix/applications/fr.cercle.Cercle.desktop" \
        "$prefix/metainfo/fr.cercle.Cercle.metainfo.xml"
    find "$prefix/icons/hicolor" -name 'fr.cercle.Cercle.*' -delete 2>/dev/null || true
    echo "Cercle a été désinstallé (vos données restent dans ~/.local/share/Cercle)."
    exit 0
fi

[ -x "$build/cercle" ] || { echo "Dossier de Cercle introuvable : $build (lancez d'abord make package)" >&2; exit 1; }
mkdir -p "$app_dir" "$bin" "$prefix/applications" "$prefix/metainfo"
rm -rf "$app_dir" && cp -R "$build" "$app_dir"
ln -sf "$app_dir/cercle" "$bin/cercle"
cp "$here/fr.cercle.Cercle.desktop" "$prefix/applications/"
cp "$here/fr.cercle.Cercle.metainfo.xml" "$prefix/metainfo/"
for icon in "$here"/icons/hicolor/*/apps/fr.cercle.Cercle.*; do
    size_dir=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$prefix/icons/hicolor/$size_dir/apps"
    cp "$icon" "$prefix/icons/hicolor/$size_dir/apps/"
done
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
echo "Cercle est installé : cherchez « Cercle » dans le menu des applications."
