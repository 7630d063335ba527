# Seed data for the throw-away Request Tracker 5 of the end-to-end tests (RT "initialdata" format), loaded by
# rt-server.ts with `rt-setup-database-5 --action insert --datafile seed.pl` after `--action init`.
#
# Creates a queue "Support", two privileged agents (agent1, agent2) in the group "Support Agents" that holds the
# queue's rights, two unprivileged customers, and two tickets whose messages are written as their real authors
# (each message is created with an RT::CurrentUser of its author, exactly as if it had arrived by mail or the web
# UI). Message times are back-dated so the thread reads like a real two-week conversation.
#
# Writes what it created (users, tickets, each message's transaction id, author, kind and text) as JSON to $ENV{AGENT_ASSIST_RT_SEED_OUT}; rt-server.ts
# reads it and fails loudly if it is missing (RT only logs errors from @Final actions).
#
use strict;
use warnings;
use utf8;

our (@Users, @Groups, @Queues, @ACL, @Final);

my $password = $ENV{AGENT_ASSIST_RT_AGENT_PASSWORD} || 'agent-pass-1';

@Users = (
    {
        Name         => 'agent1',
        RealName     => 'Alex Morgan',
        EmailAddress => 'agent1@support.example.com',
        Password     => $password,
        Privileged   => 1,
    },
    {
        Name         => 'agent2',
        RealName     => 'Priya Natarajan',
        EmailAddress => 'agent2@support.example.com',
        Password     => $password,
        Privileged   => 1,
    },
    {
        Name         => 'dana@example.com',
        RealName     => 'Dana Whitfield',
        EmailAddress => 'dana@example.com',
        Privileged   => 0,
    },
    {
        Name         => 'sam@example.com',
        RealName     => 'Sam Ortega',
        EmailAddress => 'sam@example.com',
        Privileged   => 0,
    },
);

@Groups = (
    {
        Name        => 'Support Agents',
        Description => 'Agents working the Support queue',
        Members     => { Users => [ 'agent1', 'agent2' ] },
    },
);

@Queues = (
    {
        Name              => 'Support',
        Description       => 'Customer support',
        CorrespondAddress => 'support@example.com',
        CommentAddress    => 'support-comment@example.com',
    },
);

my @agent_rights = qw(
    SeeQueue ShowTicket ShowTicketComments CreateTicket ReplyToTicket CommentOnTicket ModifyTicket
    OwnTicket TakeTicket StealTicket Watch WatchAsAdminCc ShowOutgoingEmail
);
@ACL = (
    ( map { +{ GroupDomain => 'UserDefined', GroupId => 'Support Agents', Queue => 'Support', Right => $_ } }
        @agent_rights ),
    # Customers write in by mail / self-service: anyone may open a ticket and answer on it; requestors see theirs.
    ( map { +{ GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => 'Support', Right => $_ } }
        qw(CreateTicket ReplyToTicket) ),
    ( map { +{ GroupDomain => 'RT::Queue-Role', GroupType => 'Requestor', Queue => 'Support', Right => $_ } }
        qw(ShowTicket) ),
);

# ---------------------------------------------------------------------------------------------------------------
# The tickets. Each message is created as its author; `ago` back-dates it (seconds before now).

my $day = 24 * 3600;
my @tickets = (
    {
        key       => 'refund',    # "ticket A": an angry, high-effort customer
        subject   => 'Refund still not processed',
        requestor => 'dana@example.com',
        owner     => 'agent1',
        messages  => [
            {
                key    => 'create',
                author => 'dana@example.com',
                kind   => 'create',
                ago    => 14 * $day,
                text   => "This is the third time I'm writing about this. I've been waiting two weeks and I already "
                    . "sent the receipt twice. Still not working. This is ridiculous \x{2014} I want to speak to a "
                    . "manager.\n\nOrder #48213, refund of \$129.00 approved on the 3rd.\n\nDana",
            },
            {
                key    => 'reply',
                author => 'agent1',
                kind   => 'correspond',
                ago    => 13 * $day,
                text   => "Hi Dana,\n\nI'm sorry for the wait. I can see the refund for order #48213 was approved, "
                    . "and I've asked our billing team to check why it has not reached your card yet.\n\n"
                    . "I'll update you within two business days.\n\nAlex",
            },
            {
                key    => 'comment',
                author => 'agent1',
                kind   => 'comment',
                ago    => 13 * $day - 600,
                text   => "Internal: billing says the refund batch of the 3rd failed for cards ending 4411. Needs a "
                    . "manual re-run by finance \x{2014} do not promise a date to the customer yet.",
            },
            {
                key    => 'followup',
                author => 'dana@example.com',
                kind   => 'correspond',
                ago    => 2 * $day,
                text   => "> I'll update you within two business days.\n>\n> Alex\n\n"
                    . "It has been four business days. Nobody updated me. I have sent the receipt twice already and "
                    . "I am not sending it again.",
            },
            {
                key    => 'last',
                author => 'dana@example.com',
                kind   => 'correspond',
                ago    => 3600,
                text   => "Hello?? Is anyone reading this? I'm going to dispute the charge with my bank if I don't "
                    . "hear back today.",
            },
        ],
    },
    {
        key       => 'calm',    # "ticket B": a short, calm question without effort signals, not answered yet
        subject   => 'How do I change my billing address?',
        requestor => 'sam@example.com',
        messages  => [
            {
                key    => 'create',
                author => 'sam@example.com',
                kind   => 'create',
                ago    => 3 * 3600,
                text   => "Hi,\n\nCould you tell me how to change the billing address on my account? I moved last "
                    . "month.\n\nThanks,\nSam",
            },
        ],
    },
);

push @Final, sub {
    require MIME::Entity;
    require JSON;
    require Encode;

    my $now = time;
    my $iso = sub {
        my $d = RT::Date->new( RT->SystemUser );
        $d->Set( Format => 'unix', Value => $now - shift );
        return $d->ISO;    # UTC, as RT stores times
    };
    my $as = sub {         # an RT::CurrentUser for a user name
        my $name = shift;
        my $u    = RT::User->new( RT->SystemUser );
        $u->Load($name);
        die "seed: no user $name\n" unless $u->id;
        return RT::CurrentUser->new($u);
    };
    my $mime = sub {
        my ( $text, $subject ) = @_;
        return MIME::Entity->build(
            Type     => 'text/plain',
            Charset  => 'UTF-8',
            Encoding => 'quoted-printable',
            Data     => [ Encode::encode( 'UTF-8', "$text\n" ) ],
            ( defined $subject ? ( Subject => $subject ) : () ),
        );
    };
    my $dbh = RT->DatabaseHandle;
    my %out = ( users => {}, tickets => {} );

    for my $u (@Users) {
        my $user = RT::User->new( RT->SystemUser );
        $user->Load( $u->{Name} );
        $out{users}{ $u->{Name} } = {
            id         => $user->id + 0,
            name       => $u->{Name},
            realName   => $u->{RealName},
            email      => $u->{EmailAddress},
            privileged => $u->{Privileged} ? JSON::true() : JSON::false(),
        };
    }

    for my $spec (@tickets) {
        my ( $first, @rest ) = @{ $spec->{messages} };
        my $ticket = RT::Ticket->new( $as->( $first->{author} ) );
        my ( $id, $create_txn, $msg ) = $ticket->Create(
            Queue     => 'Support',
            Subject   => $spec->{subject},
            Requestor => [ $spec->{requestor} ],
            MIMEObj   => $mime->( $first->{text}, $spec->{subject} ),
        );
        die "seed: creating ticket '$spec->{subject}' failed: $msg\n" unless $id;
        my %txn_ago = ( $create_txn => $first->{ago} );
        my @messages = ( { %$first, transactionId => $create_txn + 0 } );

        if ( $spec->{owner} ) {
            my $t = RT::Ticket->new( $as->( $spec->{owner} ) );
            $t->Load($id);
            my ( $ok, $m ) = $t->SetOwner( $spec->{owner} );
            die "seed: owner of #$id: $m\n" unless $ok;
        }
        for my $message (@rest) {
            my $t = RT::Ticket->new( $as->( $message->{author} ) );
            $t->Load($id);
            my $method = $message->{kind} eq 'comment' ? 'Comment' : 'Correspond';
            my ( $ok, $m, $txn ) = $t->$method( MIMEObj => $mime->( $message->{text} ) );
            die "seed: $method by $message->{author} on #$id failed: $m\n" unless $ok;
            $txn_ago{ $txn->id } = $message->{ago};
            push @messages, { %$message, transactionId => $txn->id + 0 };
        }

        # Back-date the history; transactions that are not messages (owner/status changes, outgoing mail records)
        # take the time of the message before them, so the history stays in order.
        my $all = RT::Transactions->new( RT->SystemUser );
        $all->LimitToTicket($id);
        $all->OrderBy( FIELD => 'id', ORDER => 'ASC' );
        my $ago = $first->{ago};
        while ( my $tx = $all->Next ) {
            $ago = $txn_ago{ $tx->id } if exists $txn_ago{ $tx->id };
            $dbh->SimpleQuery( 'UPDATE Transactions SET Created = ? WHERE id = ?', $iso->($ago), $tx->id );
            $dbh->SimpleQuery( 'UPDATE Attachments SET Created = ? WHERE TransactionId = ?', $iso->($ago), $tx->id );
        }
        $dbh->SimpleQuery( 'UPDATE Tickets SET Created = ?, LastUpdated = ? WHERE id = ?',
            $iso->( $first->{ago} ), $iso->($ago), $id );

        delete $_->{ago} for @messages;
        $out{tickets}{ $spec->{key} } = {
            id        => $id + 0,
            subject   => $spec->{subject},
            requestor => $spec->{requestor},
            owner     => $spec->{owner},
            messages  => \@messages,
        };
    }

    if ( my $file = $ENV{AGENT_ASSIST_RT_SEED_OUT} ) {
        open my $fh, '>:raw', $file or die "seed: cannot write $file: $!\n";
        print $fh JSON::to_json( \%out, { utf8 => 1, canonical => 1, pretty => 1 } );
        close $fh or die "seed: cannot write $file: $!\n";
    }
};

1;
