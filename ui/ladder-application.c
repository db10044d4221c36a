/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application object: settings, application-wide actions, the About window. */
#include "config.h"

#include <stdio.h>

#include "ladder-application.h"
#include "ladder-window.h"

struct _LadderApplication
{
  AdwApplication  parent_instance;

  /* The one settings object: tests swap in the memory backend through the
   * environment, and every window shares this instance. */
  GSettings      *settings;

  /* When non-zero, print the time to the first painted frame and quit. */
  gint64          report_first_frame_from_us;
};

G_DEFINE_FINAL_TYPE (LadderApplication, ladder_application, ADW_TYPE_APPLICATION)

static const char *about_comments =
  "Improvement support planner for children’s services.\n\n"
  "Ladder’s figures come from data the Department for Education publishes: "
  "the Local Authority Interactive Tool, the statistical neighbour tables and "
  "Explore Education Statistics. Its advice draws on research into how "
  "councils improve their children’s services, carried out for the Local "
  "Government Association (2017) and for the then Department for Children, "
  "Schools and Families (2009). The demonstration data that comes with Ladder "
  "is made up and describes no real council.";

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      /* Running from a build folder without the compiled schema: work, but
       * say why the window size will not be remembered. */
      g_message ("The settings schema %s is not installed, so the window size "
                 "will not be remembered", APPLICATION_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
show_about (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", "Ladder",
                        "application-icon", APPLICATION_ID,
                        "developer-name", "The Ladder developers",
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/ladder/Ladder",
                        "issue-url", "https://github.com/ladder/Ladder/issues",
                        "copyright", "© 2026 The Ladder developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", about_comments,
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      "Department for Education data",
                                      "© Crown copyright",
                                      GTK_LICENSE_CUSTOM,
                                      "Published under the <a href=\"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\">Open Government Licence v3.0</a>.");
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit (GSimpleAction *action,
      GVariant      *parameter,
      gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Close rather than destroy, so each window saves its state on the way. */
  for (GList *l = windows; l != NULL;)
    {
      GList *next = l->next;

      gtk_window_close (l->data);
      l = next;
    }
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = show_about },
  { .name = "quit", .activate = quit },
};

static const struct {
  const char *action;
  const char *accels[2];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.next-step", { "<Control>Page_Down", NULL } },
  { "win.previous-step", { "<Control>Page_Up", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Shift><Control>s", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.print-paper", { "<Control>p", NULL } },
};

static void
first_frame_painted_cb (GdkFrameClock     *clock,
                        LadderApplication *self)
{
  gint64 now_us = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  g_print ("first-frame-ms-since-main=%.1f\nfirst-frame-realtime-us=%" G_GINT64_FORMAT "\n",
           (now_us - self->report_first_frame_from_us) / 1000.0, g_get_real_time ());
  g_application_quit (G_APPLICATION (self));
}

static void
window_mapped_cb (GtkWidget         *window,
                  LadderApplication *self)
{
  g_signal_connect_after (gtk_widget_get_frame_clock (window), "after-paint",
                          G_CALLBACK (first_frame_painted_cb), self);
}

static GtkWindow *
ensure_window (LadderApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (ladder_window_new (GTK_APPLICATION (self), self->settings));
      if (self->report_first_frame_from_us != 0)
        g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), self);
      else
        {
          /* The first window of a session offers back unsaved work that a
           * crash or a kill left behind. */
          gtk_window_present (window);
          ladder_window_offer_recovery (LADDER_WINDOW (window));
        }
    }
  return window;
}

static void
ladder_application_startup (GApplication *application)
{
  LadderApplication *self = LADDER_APPLICATION (application);

  G_APPLICATION_CLASS (ladder_application_parent_class)->startup (application);

  self->settings = create_settings ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accelerators[i].action,
                                           accelerators[i].accels);
}

static void
ladder_application_activate (GApplication *application)
{
  gtk_window_present (ensure_window (LADDER_APPLICATION (application)));
}

static void
ladder_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  GtkWindow *window = ensure_window (LADDER_APPLICATION (application));

  gtk_window_present (window);
  /* One document per window: the last file named is the one opened. */
  if (n_files > 0)
    {
      g_autofree char *path = g_file_get_path (files[n_files - 1]);

      if (path != NULL)
        ladder_window_open_path (LADDER_WINDOW (window), path);
      else
        ladder_window_add_toast (LADDER_WINDOW (window), "Only files on this computer can be opened");
    }
}

static void
ladder_application_dispose (GObject *object)
{
  LadderApplication *self = LADDER_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ladder_application_parent_class)->dispose (object);
}

static void
ladder_application_class_init (LadderApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ladder_application_dispose;
  app_class->startup = ladder_application_startup;
  app_class->activate = ladder_application_activate;
  app_class->open = ladder_application_open;
}

static void
ladder_application_init (LadderApplication *self)
{
}

/**
 * ladder_application_new:
 *
 * Returns: (transfer full): the application.
 */
LadderApplication *
ladder_application_new (void)
{
  return g_object_new (LADDER_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * ladder_application_get_settings:
 * @self: a #LadderApplication
 *
 * Returns: (transfer none) (nullable): the settings, or %NULL before startup
 *   or when the schema is not installed.
 */
GSettings *
ladder_application_get_settings (LadderApplication *self)
{
  g_return_val_if_fail (LADDER_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * ladder_application_report_first_frame:
 * @self: a #LadderApplication
 * @main_started_us: the monotonic time at which main() began
 *
 * Makes the application print how long it took to paint its first frame,
 * then quit. Used by the start-up benchmark.
 */
void
ladder_application_report_first_frame (LadderApplication *self,
                                       gint64             main_started_us)
{
  g_return_if_fail (LADDER_IS_APPLICATION (self));

  self->report_first_frame_from_us = main_started_us;
}
