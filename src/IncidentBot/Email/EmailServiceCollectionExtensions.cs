using IncidentBot.Core.Postmortems;
using Microsoft.Extensions.Options;

namespace IncidentBot.Email;

/// <summary>
/// Wires email to managers: <c>Email:Smtp:*</c> bound and checked at start (<see cref="SmtpOptionsValidator"/>), and the
/// core's <see cref="IReportMailer"/> queuing a <see cref="ReportMailJob"/> per report when <c>Email:Smtp:Host</c> is set.
/// </summary>
public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddReportEmail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddSingleton<IReportMailer, HangfireReportMailer>();
        services.AddSingleton<ReportMailLocks>();
        services.AddSingleton<SmtpMailSender>();
        services.AddTransient<ReportMailJob>();
        return services;
    }
}
